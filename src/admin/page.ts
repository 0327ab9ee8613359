/**
 * /admin/index.html: the editor's own page, outside the residents' layout. It loads only files
 * next to it (relative addresses, so a site under a path works), tells search engines to stay
 * out, and explains in Dutch what to do when sign-in is not set up or JavaScript is off.
 */
import { repositoryFromEditUrl } from './decap-config.ts';
import { colour } from '../design/tokens.ts';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function adminPage(config: Record<string, unknown>): string {
  const backend = config['backend'] as { repo?: string; branch?: string } | undefined;
  const repo = backend?.repo ? repositoryFromEditUrl(`https://github.com/${backend.repo}/edit/${backend.branch ?? 'main'}/`) : undefined;
  const github = repo ? `https://github.com/${repo.repo}/tree/${repo.branch}` : undefined;
  const fallback = github
    ? `<p>Je kan je aanbod wel aanpassen in de webeditor van GitHub: <a href="${escapeHtml(github)}">${escapeHtml(repo!.repo)} op GitHub</a>. De gids voor partners (CONTRIBUTING.md) legt uit hoe.</p>`
    : '<p>Je kan je aanbod wel aanpassen in de webeditor van GitHub. De gids voor partners (CONTRIBUTING.md) legt uit hoe.</p>';
  return `<!doctype html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Aanbod bewerken</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.5;color:${colour.text}}
.uitleg{max-width:40rem;margin:2rem auto;padding:0 1rem;font-size:1.125rem}
.uitleg a{color:${colour.link}}
</style>
</head>
<body>
<noscript><div class="uitleg"><h1>Aanbod bewerken</h1><p>Deze editor werkt alleen met JavaScript aan.</p>${fallback}</div></noscript>
<div class="uitleg" id="niet-ingesteld" hidden>
<h1>Aanbod bewerken</h1>
<p>Aanmelden is nog niet ingesteld voor deze site. Een beheerder zet dat aan in <code>content/site.yaml</code> met <code>bewerken</code> en <code>aanmelden</code> (zie docs/beheer.md).</p>
${fallback}
</div>
<script type="module" src="cms.js"></script>
</body>
</html>
`;
}
