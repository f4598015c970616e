import { RecognitionResult } from "../../../../src/core/layout/recognise";
import { PengukuranKinerjaModel } from "../../../../src/core/model/types";

/** The Pengukuran Kinerja model a recognition found; throws with the reason when it found none or another family. */
export function pkModel(result: RecognitionResult): PengukuranKinerjaModel {
  if (!result.model) throw new Error(result.reason);
  if (result.model.layout !== "pengukuran-kinerja") throw new Error(`${result.model.sheet}: ${result.model.layout}`);
  return result.model;
}
