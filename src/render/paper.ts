/** Paper sizes of the PDF. */
export type Paper = 'a4' | 'letter';

/** PDF/A levels `--pdf-standard` offers (archival copies of signed charters). */
export const PDF_STANDARDS = ['a-2b', 'a-3b'] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];
