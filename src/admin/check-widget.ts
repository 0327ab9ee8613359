/**
 * The "Controle" field at the top of every form: it runs the content check on what the form would
 * save, lists the Dutch messages while the partner types, and tells Decap the entry is not valid
 * while there is an error, so that Decap refuses to save it.
 */
import { Component, createElement as h } from 'react';
import type { EntryCheck } from './check-entry.ts';
import { colour } from '../design/tokens.ts';

/** Decap's entries are Immutable maps; only `get` is used here. */
export interface EntryLike {
  get: (key: string) => unknown;
}

/**
 * Decap re-renders a field only when its own value changes, and the entry it passes to a field is
 * stale. The preview, however, renders on every change: it hands the current entry over here.
 */
const latest: { entry?: EntryLike; listeners: Set<() => void> } = { listeners: new Set() };

export function publishEntry(entry: EntryLike): void {
  if (latest.entry === entry) return;
  latest.entry = entry;
  queueMicrotask(() => latest.listeners.forEach((l) => l()));
}

export const CHECK_FIELD = { name: '__controle', label: 'Controle', widget: 'waaier-controle', required: false } as const;

interface ControlProps {
  entry: EntryLike;
  forID: string;
  classNameWrapper: string;
}

export function checkWidget(check: (entry: EntryLike) => EntryCheck) {
  class CheckControl extends Component<ControlProps> {
    private readonly refresh = () => this.forceUpdate();
    private current = (): EntryLike => latest.entry ?? this.props.entry;

    override componentDidMount() {
      latest.listeners.add(this.refresh);
    }

    override componentWillUnmount() {
      latest.listeners.delete(this.refresh);
    }

    isValid = () => {
      const errors = check(this.current()).messages.filter((m) => m.severity === 'error');
      if (errors.length === 0) return { error: false };
      return { error: { type: 'CUSTOM', message: `Nog ${errors.length === 1 ? 'één fout' : `${errors.length} fouten`} op te lossen voor je kan opslaan. Kijk bij Controle bovenaan.` } };
    };

    override render() {
      const { messages } = check(this.current());
      const errors = messages.filter((m) => m.severity === 'error');
      const warnings = messages.filter((m) => m.severity === 'warning');
      const item = (m: (typeof messages)[number], i: number) => h('li', { key: i }, m.where ? h('strong', null, `${m.where}: `) : null, m.message);
      return h('div', { id: this.props.forID, className: this.props.classNameWrapper, 'data-controle': errors.length > 0 ? 'fouten' : 'in-orde', role: 'status', style: { lineHeight: 1.5 } },
        errors.length === 0
          ? h('p', { style: { margin: 0, color: colour.success, fontWeight: 600 } }, 'Alles is in orde. Je kan opslaan.')
          : h('div', null,
            h('p', { style: { margin: '0 0 0.5em', color: colour.error, fontWeight: 600 } }, errors.length === 1 ? 'Los dit op voor je opslaat:' : `Los deze ${errors.length} dingen op voor je opslaat:`),
            h('ul', { style: { margin: 0, paddingLeft: '1.2em' } }, errors.map(item))),
        warnings.length > 0
          ? h('div', { style: { marginTop: '0.75em' } },
            h('p', { style: { margin: '0 0 0.5em', fontWeight: 600 } }, 'Tips om je tekst makkelijker te maken (je mag opslaan):'),
            h('ul', { style: { margin: 0, paddingLeft: '1.2em' } }, warnings.map(item)))
          : null);
    }
  }
  return CheckControl;
}
