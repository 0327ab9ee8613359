/**
 * Decap's Dutch interface (decap-cms-locales `nl`) misses some texts that the English one has;
 * Decap then shows the raw key ("editor.editorWidgets.object.expand"), also to screen readers.
 * These fill the gaps in plain Dutch, on top of the package's own translation.
 */
import { nl } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

const MISSING: Phrases = {
  auth: { loginWithForgejo: 'Inloggen met Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Toon als lijst', viewAsGrid: 'Toon als raster' },
    entries: { unpublishedHeader: 'Nog niet gepubliceerd' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Veld %{widgetLabel}' } },
    editorControlPane: {
      widget: { invalidPath: "'%{path}' is geen geldig pad", pathExists: "Pad '%{path}' bestaat al" },
      i18n: { copyFromLocale: 'Overnemen uit een andere taal', copyFromLocaleConfirm: 'Wil je de gegevens uit %{locale} overnemen?\nAlles wat er nu staat, wordt vervangen.' },
    },
    editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities. Schrijf hieronder een eerste notitie.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie...',
      editPlaceholder: 'Pas je notitie aan...',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Aanpassen',
      delete: 'Verwijderen',
      resolve: 'Afgehandeld',
      unresolve: 'Weer open',
      confirmDelete: 'Wil je deze notitie echt verwijderen?',
      shortcut: 'Tip: met Ctrl+Enter voeg je snel een notitie toe',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Dit is een klad. Zet het op "Klaar voor nakijken" als een coördinator het mag nakijken.',
      statusInfoTooltipInReview: 'Een coördinator kijkt dit na. Je moet niets meer doen, maar je mag nog aanpassen.',
    },
    editorWidgets: {
      markdown: { strikethrough: 'Doorhalen', toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown' } },
      image: { chooseMultiple: "Kies foto's", addMore: "Meer foto's toevoegen", removeAll: "Alle foto's weghalen" },
      file: { chooseMultiple: 'Kies bestanden', addMore: 'Meer bestanden toevoegen', removeAll: 'Alle bestanden weghalen' },
      datetime: { setToNow: 'Zet %{fieldLabel} op nu' },
      list: { addType: '%{item} toevoegen' },
      object: { expand: 'Openklappen', collapse: 'Dichtklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
  ui: {
    settingsDropdown: { account: 'Je account' },
    toast: {
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Notitie toevoegen lukte niet: %{details}',
      noteUpdated: 'Notitie aangepast',
      onFailToUpdateNote: 'Notitie aanpassen lukte niet: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Notitie verwijderen lukte niet: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie weer open',
      onFailToToggleNote: 'Dat lukte niet: %{details}',
    },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    if (typeof value === 'string') {
      if (current === undefined) out[key] = value;
    } else {
      out[key] = merge(typeof current === 'object' ? current : {}, value);
    }
  }
  return out;
}

/** Decap's Dutch, with the missing texts filled in (the package's own words win). */
export const DUTCH = merge(nl as Phrases, MISSING);
