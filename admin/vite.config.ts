import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves admin/dist at /admin/ (server/src/app.ts) with an SPA fallback; in development
// vite serves the console and forwards the API to a server started with `npm run dev`.
const apiTarget = process.env.JIYUE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is one large chunk shared by every screen; the screens themselves are loaded per route.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
