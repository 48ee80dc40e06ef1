// Builds the offline map viewer into one deterministic IIFE that the Java renderer serves from the classpath.
// Usage: npm run build [-- --outfile <path>]   (default: ../src/main/resources/viewer/mapshot.js)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--outfile');
const outfile = outIndex >= 0 && args[outIndex + 1]
  ? path.resolve(args[outIndex + 1])
  : path.join(here, '..', 'src', 'main', 'resources', 'viewer', 'mapshot.js');

await build({
  entryPoints: [path.join(here, 'src', 'index.js')],
  outfile,
  bundle: true,
  format: 'iife',
  globalName: 'MapShotBundle',
  platform: 'browser',
  target: ['chrome120'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  sourcemap: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' }
});
console.log(`built ${path.relative(process.cwd(), outfile)}`);
