/**
 * `node src/admin/bundle-child.ts <cache folder>`: bundles the editor into the cache (bundle.ts)
 * in a process of its own, then ends. The build starts it first thing (integration.ts): esbuild
 * works while the content is checked, and its memory (about 300 MB for Decap CMS and React) is
 * gone long before the build's own peak, when its pages, search index and files are written.
 * esbuild keeps its service running as long as the process that started it, so a bundle made in
 * the build's own process would hold that memory until the build ends.
 */
import { editorBundle } from './bundle.ts';

const [cacheDir] = process.argv.slice(2);
if (!cacheDir) {
  console.error('Gebruik: node src/admin/bundle-child.ts <cachemap>');
  process.exit(2);
}
try {
  const { fromCache } = await editorBundle(cacheDir);
  // What the build reports at its end: whether this build bundled the editor.
  process.stdout.write(fromCache ? 'cache' : 'bundled');
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
