import { partition, PartitionInput } from "../../../src/core/layout/partition";
import { D } from "../../../src/core/numbers/decimal";

function run(values: (number | null)[], opts: Partial<PartitionInput> = {}) {
  return partition({
    values: values.map((v) => (v === null ? null : new D(v))),
    factor: 1,
    minMembers: 1,
    canStart: values.map(() => true),
    mustStart: values.map(() => false),
    ...opts,
  }).map((g) => `${g.start}-${g.end}${g.closes ? "" : "?"}`);
}

describe("partition of a program block into kegiatan groups", () => {
  test("groups close where the members add up to the head", () => {
    expect(run([100, 60, 40, 50, 50, 30, 10, 20])).toEqual(["0-2", "3-4", "5-7"]);
  });

  test("a kegiatan with one sub kegiatan of the same value", () => {
    expect(run([5, 5, 7, 7, 9, 9])).toEqual(["0-1", "2-3", "4-5"]);
  });

  test("a zero sub kegiatan after a closed group stays in it; a zero kegiatan with zero subs is its own group", () => {
    expect(run([100, 100, 0])).toEqual(["0-2"]);
    expect(run([100, 100, 0, 0])).toEqual(["0-1", "2-3"]);
  });

  test("a kegiatan whose subs never add up takes the rest of the block", () => {
    // seed TW IV: 246.174.400 over 110.765.800 + 56.176.300 + 3.249.800 + 80.442.500
    expect(run([246174400, 110765800, 56176300, 3249800, 80442500])).toEqual(["0-4?"]);
  });

  test("an anomaly in the middle does not swallow the clean groups around it", () => {
    expect(run([100, 60, 40, 50, 30, 25, 10, 10])).toEqual(["0-2", "3-5?", "6-7"]);
  });

  test("two equal sub kegiatan under an anomalous kegiatan do not make it a kegiatan without sub kegiatan", () => {
    expect(run([100, 60, 40, 50, 30, 30, 10, 10])).toEqual(["0-2", "3-5?", "6-7"]);
  });

  test("a kegiatan without sub kegiatan only at the end of the block", () => {
    expect(run([100, 100, 40])).toEqual(["0-1", "2-2?"]);
  });

  test("rows that must head a group cut groups; rows that cannot head one never do", () => {
    expect(run([100, 60, 40, 50, 50], { mustStart: [false, false, true, false, false] })).toEqual(["0-1?", "2-4?"]);
    expect(run([100, 100, 50, 50], { canStart: [true, true, false, true] })).toEqual(["0-3?"]);
  });

  test("factor 2: a program over its kegiatan and sub kegiatan", () => {
    const block = [300, 100, 100, 200, 150, 50, 80, 80, 80];
    expect(run(block, { factor: 2, minMembers: 2 })).toEqual(["0-5", "6-8"]);
  });

  test("missing values count as zero", () => {
    expect(run([null, null, 10, 10])).toEqual(["0-1", "2-3"]);
  });

  test("twenty thousand rows in one block", () => {
    const values: number[] = [];
    for (let k = 0; k < 10000; k++) values.push(3 + (k % 7), 3 + (k % 7));
    const groups = run(values);
    expect(groups).toHaveLength(10000);
    expect(groups[9999]).toBe("19998-19999");
  });
});
