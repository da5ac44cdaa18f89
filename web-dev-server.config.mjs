// `npm start`: serves the repository root so the demo pages can load dist/help-finder.js.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: false,
  watch: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\nhelp-finder demo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
