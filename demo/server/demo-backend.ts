export function demoBackend() {
  return { name: 'x' };
}
