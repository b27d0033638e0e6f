import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The pages build to static files that the API process serves at `/` (services/api/src/http/web-app.ts).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  css: { preprocessorOptions: { scss: { quietDeps: true } } },
  server: {
    proxy: {
      '^/(auth|staff|vacancies|regrades|policies|workforce|audit)': 'http://127.0.0.1:3000',
    },
  },
});
