// Two bundles: the extension (Node, CommonJS) and the webview (browser, ESM),
// plus the webview's stylesheet. `--watch` rebuilds on change; `--production`
// minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
};

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // core.js is loaded on first use (src/host/core.ts): activation must not pay for zod.
    external: ['vscode', './core.js'],
  },
  {
    ...common,
    entryPoints: { core: 'src/core.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // jsonc-parser's "main" is a UMD build esbuild cannot follow; its "module" is plain ESM.
    mainFields: ['module', 'main'],
  },
  {
    ...common,
    entryPoints: { webview: 'webview/main.ts', 'webview-styles': 'webview/styles.css' },
    outdir: 'dist',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // Production minifies the toolkit too; the webview bundle is mostly FAST.
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
