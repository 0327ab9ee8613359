/**
 * The editor at /admin/ (bundled by ./bundle.ts, loaded only by /admin/index.html): Decap CMS with
 * the Dutch interface, the project's own file format (./yaml-format.ts), the content check in the
 * form (./check-entry.ts) and a preview of the offer's page. Configuration comes from
 * /admin/config.yml, generated at build time from the schema (./decap-config.ts).
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { TestBackend } from 'decap-cms-backend-test';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import StringWidget from 'decap-cms-widget-string';
import NumberWidget from 'decap-cms-widget-number';
import TextWidget from 'decap-cms-widget-text';
import SelectWidget from 'decap-cms-widget-select';
import MarkdownWidget from 'decap-cms-widget-markdown';
import ListWidget from 'decap-cms-widget-list';
import ObjectWidget from 'decap-cms-widget-object';
import RelationWidget from 'decap-cms-widget-relation';
import BooleanWidget from 'decap-cms-widget-boolean';
import DatetimeWidget from 'decap-cms-widget-datetime';
import ImageWidget from 'decap-cms-widget-image';
import { parse } from 'yaml';
import { DUTCH } from './locale-nl.ts';
import { todayInBelgium } from '../model/calendar.ts';
import type { CollectionName } from '../model/schema.ts';
import { describeCollections } from './fields.ts';
import { FORMAT_NAME } from './decap-config.ts';
import { readForForm, writeFromForm } from './yaml-format.ts';
import { checkEntry, type ContentSnapshot } from './check-entry.ts';
import { CHECK_FIELD, checkWidget, type EntryLike } from './check-widget.ts';
import { offerPreview, textPreview } from './preview.ts';

type Backend = new (...args: never[]) => object;
type EntryList = { file: { path: string } }[];
const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Files whose name starts with "_" are templates (CONTENT-FORMAT.md): not entries to edit. */
function withoutTemplates<B extends Backend>(Base: B): B {
  const hide = (entries: EntryList): EntryList => {
    const kept = entries.filter((e) => !(e.file.path.split('/').pop() ?? '').startsWith('_'));
    for (const symbol of Object.getOwnPropertySymbols(entries)) (kept as unknown as Record<symbol, unknown>)[symbol] = (entries as unknown as Record<symbol, unknown>)[symbol];
    return kept;
  };
  // @ts-expect-error: a mixin over Decap's untyped backend classes
  const Wrapped = class extends Base {
    async entriesByFolder(...args: unknown[]) {
      // @ts-expect-error: see above
      return hide(await super.entriesByFolder(...args));
    }
    async allEntriesByFolder(...args: unknown[]) {
      // @ts-expect-error: see above
      return hide(await super.allEntriesByFolder(...args));
    }
    /** Photos sit next to the offers: the media library shows the photos, not the .md files. */
    async getMedia(...args: unknown[]) {
      try {
        // @ts-expect-error: see above
        const all = (await super.getMedia(...args)) as { name?: string; path?: string }[];
        return all.filter((a) => IMAGE.test(a.name ?? a.path ?? ''));
      } catch {
        return []; // the in-memory test backend cannot list a folder that holds text files
      }
    }
  };
  // Decap checks which methods a backend has (the test backend has no allEntriesByFolder).
  for (const method of ['entriesByFolder', 'allEntriesByFolder', 'getMedia']) {
    if (!(method in Base.prototype)) delete (Wrapped.prototype as unknown as Record<string, unknown>)[method];
  }
  return Wrapped as unknown as B;
}

const COLLECTIONS = describeCollections();
const fieldsOf = (name: string) => COLLECTIONS.find((c) => c.name === name)?.fields ?? [];

function register(snapshot: ContentSnapshot): void {
  CMS.registerBackend('github', withoutTemplates(GitHubBackend));
  CMS.registerBackend('test-repo', withoutTemplates(TestBackend));
  CMS.registerBackend('proxy', withoutTemplates(ProxyBackend));
  CMS.registerWidget(([
    StringWidget.Widget(), NumberWidget.Widget(), TextWidget.Widget(), SelectWidget.Widget(), MarkdownWidget.Widget(),
    ListWidget.Widget(), ObjectWidget.Widget(), RelationWidget.Widget(), BooleanWidget.Widget(), DatetimeWidget.Widget(),
    ImageWidget.Widget(),
  ] as unknown) as Parameters<typeof CMS.registerWidget>[0]);
  CMS.registerLocale('nl', DUTCH);
  for (const { name, fields } of COLLECTIONS) {
    CMS.registerCustomFormat(`${FORMAT_NAME}-${name}`, 'md', {
      fromFile: (text: string) => readForForm(fields, text),
      toFile: (data: Record<string, unknown>) => writeFromForm(fields, data),
    });
  }
  const today = todayInBelgium();
  const check = (entry: EntryLike) => {
    const collection = entry.get('collection') as CollectionName;
    const fields = fieldsOf(collection);
    const data = (entry.get('data') as { toJS: () => Record<string, unknown> }).toJS();
    const id = (entry.get('slug') as string | undefined) || 'nieuw';
    return checkEntry(fields, collection, id, writeFromForm(fields, data), snapshot, today);
  };
  CMS.registerWidget(CHECK_FIELD.widget, checkWidget(check) as unknown as Parameters<typeof CMS.registerWidget>[1]);
  // The form's check stops a save already; this is the safety net for any other way to save.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryLike }) => {
      const errors = check(entry).messages.filter((m) => m.severity === 'error');
      if (errors.length > 0) throw new Error(`Nog niet in orde: ${errors.map((e) => `${e.where ? `${e.where}: ` : ''}${e.message}`).join(' ')}`);
      return entry.get('data');
    },
  });
  CMS.registerPreviewStyle('site.css');
  CMS.registerPreviewTemplate('aanbod', offerPreview(check) as Parameters<typeof CMS.registerPreviewTemplate>[1]);
  for (const [name, titleKey] of [['categorieen', 'naam'], ['partners', 'naam'], ['kortingen', 'naam'], ['paginas', 'titel']] as const) {
    CMS.registerPreviewTemplate(name, textPreview(titleKey) as Parameters<typeof CMS.registerPreviewTemplate>[1]);
  }
}

/** Shown instead of the editor when this site has no sign-in yet (docs/beheer.md explains why). */
function showNotConfigured(config: Record<string, unknown>): void {
  const backend = config['backend'] as { repo?: string } | undefined;
  const root = document.getElementById('niet-ingesteld');
  if (!root) return;
  root.hidden = false;
  const repo = root.querySelector<HTMLElement>('[data-repo]');
  if (repo && backend?.repo) repo.textContent = backend.repo;
}

async function start(): Promise<void> {
  const [configText, snapshot] = await Promise.all([
    fetch('config.yml', { cache: 'no-cache' }).then((r) => r.text()),
    fetch('inhoud.json', { cache: 'no-cache' }).then((r) => r.json() as Promise<ContentSnapshot>),
  ]);
  const config = parse(configText) as Record<string, unknown>;
  const backend = config['backend'] as { name?: string; repo?: string; base_url?: string } | undefined;
  const ready = backend?.name !== 'github' || Boolean(backend.repo && backend.base_url) || Boolean(config['local_backend']);
  if (!ready) {
    showNotConfigured(config);
    return;
  }
  for (const collection of config['collections'] as { fields: unknown[] }[]) collection.fields.unshift({ ...CHECK_FIELD });
  register(snapshot);
  CMS.init({ config: config as unknown as Parameters<typeof CMS.init>[0] extends { config?: infer C } | undefined ? C : never });
}

void start();
