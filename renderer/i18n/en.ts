import type { Messages } from './he';

export const en: Messages = {
  app: {
    name: 'Ktav',
    tagline: 'Offline editorial workstation',
    error: 'Error',
    dismiss: 'Dismiss',
    language: 'Interface language',
    mainNav: 'Main navigation',
  },
  library: {
    title: 'Article library',
    newArticle: 'New article',
    empty: 'No articles yet. Start with a new one.',
    untitled: '(untitled)',
    headline: 'Headline',
    status: 'Status',
    updated: 'Updated',
    words: 'Words',
    open: 'Open article {{headline}}',
    damaged: 'Damaged files that were not opened: {{files}}',
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
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    failed: 'Saving failed: {{reason}}',
  },
};
