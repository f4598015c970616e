import { parseIndonesianNumber } from "../../../src/core/numbers/parseNumber";

test("reads an Indonesian amount", () => {
  const p = parseIndonesianNumber("412.786.800,00");
  expect(p.kind).toBe("number");
  if (p.kind === "number") expect(p.value.toString()).toBe("412786800");
});
