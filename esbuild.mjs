// The extension for the Node extension host (CommonJS, with the core split
// off), the same extension for a web worker extension host (VS Code for the
// Web: one CommonJS bundle, see webBuild), and the webview (browser, ESM),
// plus the webview's stylesheet. `--watch` rebuilds on change; `--production`
// minifies and drops source maps.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * The web build's one difference in source: where `x.web.ts` sits beside an
 * imported `x.ts`, the web bundle takes it (src/host/shared/platform.web.ts,
 * src/host/shared/core.web.ts, src/import/release/nodeFiles.web.ts). All else is shared.
 * @type {esbuild.Plugin}
 */
const webSubstitutes = {
  name: 'web-substitutes',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const candidate = `${resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '')}.web.ts`;
      if (candidate === args.importer || !existsSync(candidate)) return undefined;
      return { path: candidate };
    });
  },
};

/**
 * The web worker bundle. There `require` knows only `vscode` and a second
 * script cannot be loaded as the Node build loads dist/core.js, so the core
 * goes in the same bundle, still initialised on first use (core.web.ts).
 * csv-parse's Node build needs Buffer: its browser build brings its own.
 * @type {esbuild.BuildOptions}
 */
const webBuild = {
  ...common,
  entryPoints: { extension: 'src/extension.ts' },
  outdir: 'dist/web',
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
  plugins: [webSubstitutes],
};

const builds = [
  webBuild,
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // core.js is loaded on first use (src/host/shared/core.ts): activation must not pay for zod.
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
    // The codicon font (imported by styles.css) is copied as dist/codicon.ttf, served from the asset root.
    loader: { '.ttf': 'file' },
    assetNames: '[name]',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // Production minifies the toolkit too.
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
