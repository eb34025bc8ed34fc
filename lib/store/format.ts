/** Version of the database layout and of the export file format; they move together. */
export const STORE_VERSION = 2;
export const EXPORT_FORMAT = 'second-opinion-drafts';
