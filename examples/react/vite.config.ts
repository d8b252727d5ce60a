import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// MSP_CHECKOUT_STUB=1 builds the same app without the element (for the bytes it adds: npm run bench:frameworks).
export default defineConfig({
  plugins: [react()],
  resolve: process.env.MSP_CHECKOUT_STUB ? { alias: { 'msp-checkout': '/src/no-element.ts' } } : {},
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true },
});
