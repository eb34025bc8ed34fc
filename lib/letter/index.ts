export * from './schemas';
export { composeLetter, regenerateSection, letterToPlainText, toPlainText } from './compose';
export { findPlaceholders, placeholder } from './placeholders';
