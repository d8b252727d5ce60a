// Browser side of test/support/figures.mjs: tests send what they measured to the test backend, which records it.

export type Figure = number | string | { value: number | string; how: 'sum' | 'max' | 'set' };

/** Records figures of one security suite (`suite` is the file name without `.test.ts`). */
export async function report(suite: string, figures: Record<string, Figure>): Promise<void> {
  const response = await fetch('/backend/figures', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ suite, figures }),
  });
  if (!response.ok) throw new Error(`figures were not recorded: HTTP ${response.status}`);
}
