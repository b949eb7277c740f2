// `npm start`: installs the freshly packaged extension into a real VS Code
// (code-server) on localhost and prints the address to open. Ctrl+C stops it.
// PORT picks the port (default 8080); the workspace folder is the project.
import { join } from 'node:path';
import { projectRoot, startCodeServer } from '../test/harness/codeServer.mjs';

const port = Number(process.env.PORT ?? 8080);

try {
  const server = await startCodeServer({
    vsix: join(projectRoot, 'career-compare.vsix'),
    port,
    folder: projectRoot,
    needBrowser: false,
  });
  console.log(`\nCareer Compare is running in VS Code at:\n\n  ${server.url}/?folder=${projectRoot}\n`);
  console.log('Open it in a browser, click the Career Compare icon in the activity bar, or run');
  console.log('"Career Compare: Compare Roles…" from the command palette (F1). Ctrl+C stops the server.');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
