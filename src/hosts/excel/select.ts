/**
 * Shows the user a finding's cell: its sheet activated, then the cell selected. Two syncs:
 * Excel selects only on the sheet that is active when a batch begins — a select queued with
 * the activation in one batch does nothing when the sheet changes (office-js #5118).
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  await context.sync();
  worksheet.getRange(address).select();
  await context.sync();
}
