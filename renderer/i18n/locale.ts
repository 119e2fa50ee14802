// The locale dates and numbers are written in: Israel's for the Hebrew interface, a day-first
// English one (24-hour clock, as the newsroom reads times) for the English interface.
export function formatLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'he-IL';
}
