/** Whether Excel offers a requirement set (`ExcelApi`, `1.13`); outside Excel (tests) everything is offered. */
export function officeSupports(set: string, version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
}
