import type { Messages } from './he';

export const en: Messages = {
  app: {
    name: 'Ktav',
    tagline: 'Offline editorial workstation',
    error: 'Error',
    dismiss: 'Dismiss',
    language: 'Interface language',
    mainNav: 'Main navigation',
    loading: 'Loading…',
    settingsSetAside: 'The settings file was damaged, so Ktav started with the default settings. The damaged file was kept at {{path}}.',
  },
  status: {
    draft: 'Draft',
    ready: 'Ready for edit',
    approved: 'Approved',
    exported: 'Exported',
  },
  editor: {
    back: 'Back to the library',
    label: 'Article editor',
    headlinePlaceholder: 'Headline',
    leadPlaceholder: 'Subheadline',
    bylinePlaceholder: 'Byline',
    bodyPlaceholder: 'Body',
    export: 'Export to HTML',
    exported: 'Exported to {{path}}',
    words_one: 'one word',
    words_other: '{{count}} words',
    loading: 'Loading…',
  },
  diff: {
    legend: 'Text to be added is underlined, text to be removed is struck through',
    unchanged: 'Same as the current text',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    failed: 'Saving failed: {{reason}}',
    conflict: 'Conflict copy: the file changed on disk',
  },
};
