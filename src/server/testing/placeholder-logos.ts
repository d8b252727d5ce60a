// The fake's own payment-method logos, so that icon_urls work offline, at the addresses MultiSafepay uses:
// `img/methods/svg/<name>.svg` (vector), `img/methods/2x/<name>.png` (medium) and `img/methods/3x/<name>.png` (large),
// where <name> is MultiSafepay's logo name for the gateway (`banktransfer` for BANKTRANS: ../../gateway-logos.ts).
// Sources: MultiSafepay/docs openapi/components/examples/responses/listPaymentMethods.json (visa, postepay) and
// MultiSafepay/php-sdk tests/fixture-data/payment-methods.json (amex, banktransfer, ideal). Placeholders, not brands'
// marks: the name as a wordmark (SVG) or a chip in the same colour (PNG).
import { deflateSync } from 'node:zlib';
import { logoFileName } from '../../shared/gateway-logos.js';

/** MultiSafepay's three icon sizes: the folder and the file type of each. */
export const ICON_SIZES = {
  large: { folder: '3x', extension: 'png', scale: 3 },
  medium: { folder: '2x', extension: 'png', scale: 2 },
  vector: { folder: 'svg', extension: 'svg', scale: 1 },
} as const;

/** MultiSafepay's logo name of a gateway: `ideal`, `banktransfer`. */
export function logoName(gatewayId: string): string {
  return logoFileName(gatewayId).replace(/\.svg$/, '');
}

/** The icon_urls of a gateway, at `origin` (the fake's). */
export function iconUrls(gatewayId: string, origin: string): Record<keyof typeof ICON_SIZES, string> {
  const url = ({ folder, extension }: { folder: string; extension: string }) =>
    `${origin}/img/methods/${folder}/${logoName(gatewayId)}.${extension}`;
  return { large: url(ICON_SIZES.large), medium: url(ICON_SIZES.medium), vector: url(ICON_SIZES.vector) };
}

const hueOf = (name: string) => [...name].reduce((sum, char) => sum + char.charCodeAt(0) * 7, 0) % 360;

/**
 * The vector placeholder: the gateway's name as a wordmark in one dark colour per gateway, fitted to the width, on a
 * transparent background (like MultiSafepay's logos, drawn for white).
 */
export function placeholderLogo(name: string): string {
  const text = name.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const width = Math.min(84, 10 + name.length * 13);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="90" height="50" viewBox="0 0 90 50" role="img" aria-label="${text}">` +
    `<text x="45" y="33" font-family="Arial, Helvetica, sans-serif" font-size="24" font-weight="700" ` +
    `text-anchor="middle" textLength="${width}" lengthAdjust="spacingAndGlyphs" fill="hsl(${hueOf(name)} 70% 30%)">${text}</text></svg>`
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An HSL colour (s, l in 0..1) as RGB bytes. */
function rgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/**
 * The PNG placeholder at `scale` (2 for medium, 3 for large): 90x50 points, a rounded chip in the gateway's colour
 * on a transparent background, drawn in code (no image library, no file).
 */
export function placeholderPng(name: string, scale: number): Buffer {
  const width = 90 * scale;
  const height = 50 * scale;
  const [r, g, b] = rgb(hueOf(name), 0.7, 0.3);
  const inset = 6 * scale;
  const radius = 8 * scale;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4); // filter byte 0, then RGBA
    for (let x = 0; x < width; x++) {
      const dx = Math.max(inset + radius - x, 0, x - (width - 1 - inset - radius));
      const dy = Math.max(inset + radius - y, 0, y - (height - 1 - inset - radius));
      if (dx * dx + dy * dy > radius * radius) continue; // outside the rounded chip: transparent
      row.set([r, g, b, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
