const ROMAWI = ["I", "II", "III", "IV"];

/** `Triwulan III`, or on a semester form `Semester I` (up to TW II) / `Semester II` (up to TW IV). */
export function periodeLabel(triwulan: number, semester: boolean): string {
  return semester ? `Semester ${triwulan <= 2 ? "I" : "II"}` : `Triwulan ${ROMAWI[triwulan - 1]}`;
}
