/** The seed's two quarterly sheets (assets/samples/pengukuran-kinerja-2022.data.json) as layout data. */
import sample from "../../../../assets/samples/pengukuran-kinerja-2022.data.json";
import { TujuanData } from "./seedLayout";

interface SampleSheetJson {
  name: string;
  title: string[];
  signature: string[];
  tujuan: TujuanData[];
}

const sheets = (sample as unknown as { sheets: SampleSheetJson[] }).sheets;

function sheet(name: string): SampleSheetJson {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`sample has no sheet ${name}`);
  return JSON.parse(JSON.stringify(s)) as SampleSheetJson;
}

export const seedTw1 = (): SampleSheetJson => sheet("TW I 2022");
export const seedTw4 = (): SampleSheetJson => sheet("TW IV 2022");
