/** Paper sizes of the PDF. */
export type Paper = 'a4' | 'letter';
