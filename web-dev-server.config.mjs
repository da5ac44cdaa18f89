// `npm start`: serves the repository root so the demo pages can load dist/help-finder.js.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: false,
  watch: false,
  middleware: [
    (ctx, next) => {
      // The configurator's preview is a frame sandboxed without allow-same-origin (an opaque
      // origin, so that Safari cannot let it move the tab): its module scripts, the
      // configurator's and the widget's, are cross-origin requests.
      if (ctx.path.startsWith('/demo/') || ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\nhelp-finder demo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
