import { applyTint, DEFAULT_INDEXED_COLORS, resolveColor } from "../../../src/file/xlsx/colors";
import { DEFAULT_THEME_COLORS } from "../../../src/file/xlsx/theme";

/** The tints Excel writes for the shades of its colour picker (signed 16-bit fractions of whole percents). */
const TINT = {
  lighter80: 0.79998168889431442,
  lighter60: 0.59999389629810485,
  lighter40: 0.39997558519241921,
  lighter50: 0.499984740745262,
  lighter35: 0.34998626667073579,
  lighter25: 0.249977111117893,
  lighter15: 0.14999847407452621,
  lighter5: 0.049989318521683403,
  darker5: -0.049989318521683403,
  darker10: -0.099978637043366805,
  darker15: -0.14999847407452621,
  darker25: -0.249977111117893,
  darker35: -0.34998626667073579,
  darker50: -0.499984740745262,
  darker75: -0.749992370372631,
  darker90: -0.89996032593768116,
};

/**
 * The shades Excel's colour picker shows for theme colours (Office 2013–2022 theme, and accents 1, 2 and 6 of the
 * Office 2007 theme exceljs and openpyxl write), as Excel reports them.
 */
const EXCEL_PALETTE: [string, keyof typeof TINT, string][] = [
  ["4472C4", "lighter80", "D9E1F2"], ["4472C4", "lighter60", "B4C6E7"], ["4472C4", "lighter40", "8EA9DB"],
  ["4472C4", "darker25", "305496"], ["4472C4", "darker50", "203764"],
  ["ED7D31", "lighter80", "FCE4D6"], ["ED7D31", "lighter60", "F8CBAD"], ["ED7D31", "lighter40", "F4B084"],
  ["ED7D31", "darker25", "C65911"], ["ED7D31", "darker50", "833C0C"],
  ["A5A5A5", "lighter80", "EDEDED"], ["A5A5A5", "lighter60", "DBDBDB"], ["A5A5A5", "lighter40", "C9C9C9"],
  ["A5A5A5", "darker25", "7B7B7B"], ["A5A5A5", "darker50", "525252"],
  ["FFC000", "lighter80", "FFF2CC"], ["FFC000", "lighter60", "FFE699"], ["FFC000", "lighter40", "FFD966"],
  ["FFC000", "darker25", "BF8F00"], ["FFC000", "darker50", "806000"],
  ["5B9BD5", "lighter80", "DDEBF7"], ["5B9BD5", "lighter60", "BDD7EE"], ["5B9BD5", "lighter40", "9BC2E6"],
  ["5B9BD5", "darker25", "2F75B5"], ["5B9BD5", "darker50", "1F4E78"],
  ["70AD47", "lighter80", "E2EFDA"], ["70AD47", "lighter60", "C6E0B4"], ["70AD47", "lighter40", "A9D08E"],
  ["70AD47", "darker25", "548235"], ["70AD47", "darker50", "375623"],
  ["FFFFFF", "darker5", "F2F2F2"], ["FFFFFF", "darker15", "D9D9D9"], ["FFFFFF", "darker25", "BFBFBF"],
  ["FFFFFF", "darker35", "A6A6A6"], ["FFFFFF", "darker50", "808080"],
  ["000000", "lighter50", "808080"], ["000000", "lighter35", "595959"], ["000000", "lighter25", "404040"],
  ["000000", "lighter15", "262626"], ["000000", "lighter5", "0D0D0D"],
  ["44546A", "lighter80", "D6DCE4"], ["44546A", "lighter60", "ACB9CA"], ["44546A", "lighter40", "8497B0"],
  ["44546A", "darker25", "333F4F"], ["44546A", "darker50", "222B35"],
  ["E7E6E6", "darker10", "D0CECE"], ["E7E6E6", "darker25", "AEAAAA"], ["E7E6E6", "darker50", "757171"],
  ["E7E6E6", "darker75", "3A3838"], ["E7E6E6", "darker90", "161616"],
  ["4F81BD", "lighter80", "DCE6F1"], ["4F81BD", "lighter60", "B8CCE4"], ["4F81BD", "lighter40", "95B3D7"],
  ["4F81BD", "darker25", "366092"], ["4F81BD", "darker50", "244062"],
  ["F79646", "lighter80", "FDE9D9"], ["F79646", "lighter60", "FCD5B4"], ["F79646", "lighter40", "FABF8F"],
  ["F79646", "darker25", "E26B0A"], ["F79646", "darker50", "974706"],
  ["C0504D", "lighter80", "F2DCDB"], ["C0504D", "lighter60", "E6B8B7"], ["C0504D", "lighter40", "DA9694"],
  ["C0504D", "darker25", "963634"], ["C0504D", "darker50", "632523"],
]; // prettier-ignore

describe("applyTint", () => {
  test.each(EXCEL_PALETTE)("%s %s is %s, as Excel shows it", (base, shade, expected) => {
    expect(applyTint(base, TINT[shade])).toBe(expected);
  });

  test("a tint that is not a whole percent is applied as written", () => {
    expect(applyTint("000000", 0.4999)).toBe("7E7E7E");
    expect(applyTint("000000", 0.5)).toBe("808080");
  });
});

describe("resolveColor", () => {
  const context = { theme: DEFAULT_THEME_COLORS, indexed: DEFAULT_INDEXED_COLORS };

  test("ARGB with its alpha ignored, and plain RGB", () => {
    expect(resolveColor({ rgb: "FFD9E1F2" }, context)).toBe("#D9E1F2");
    expect(resolveColor({ rgb: "00ffff00" }, context)).toBe("#FFFF00");
    expect(resolveColor({ rgb: "C6E0B4" }, context)).toBe("#C6E0B4");
  });

  test("theme indexes 0–3 are lt1, dk1, lt2, dk2 (swapped against the theme part's order)", () => {
    expect(resolveColor({ theme: "0" }, context)).toBe("#FFFFFF");
    expect(resolveColor({ theme: "1" }, context)).toBe("#000000");
    expect(resolveColor({ theme: "2" }, context)).toBe("#E7E6E6");
    expect(resolveColor({ theme: "3" }, context)).toBe("#44546A");
    expect(resolveColor({ theme: "4", tint: "0.79998168889431442" }, context)).toBe("#D9E1F2");
    expect(resolveColor({ theme: "0", tint: "-0.14999847407452621" }, context)).toBe("#D9D9D9");
  });

  test("the legacy indexed palette, system colours and auto", () => {
    expect(resolveColor({ indexed: "13" }, context)).toBe("#FFFF00");
    expect(resolveColor({ indexed: "22" }, context)).toBe("#C0C0C0");
    expect(resolveColor({ indexed: "64" }, context)).toBe("#000000");
    expect(resolveColor({ indexed: "65" }, context)).toBe("#FFFFFF");
    expect(resolveColor({ auto: "1" }, context)).toBe("#000000");
    expect(resolveColor({}, context)).toBeUndefined();
    expect(resolveColor({ theme: "40" }, context)).toBeUndefined();
  });
});
