/**
 * Conditional formats of the fake Excel: the collection of a range, a RangeAreas or a whole
 * sheet, and the formats themselves — a user's that Excel cannot read (`broken`) refuses every
 * read with ItemNotFound; one the host adds or deletes does so at the next sync.
 */
import { splitAddressList } from "../../../src/hosts/excel/address";
import type { ExcelErrorCode } from "./fake-errors";
import type { FakeFormat, SheetState } from "./fake-excel";
import type { FakeKernel, Mock } from "./fake-kernel";

/** Several areas of one sheet (ExcelApi 1.9): Excel reads at most 8,192 address characters. */
export function rangeAreasMock(fake: FakeKernel, s: SheetState, address: string): Mock {
  const m = fake.mock(
    `${s.spec.name}!{areas}`,
    { address, areaCount: splitAddressList(address).length },
    s.spec.name,
  );
  defineFormats(fake, m, s, address, () => (address.length > 8192 ? "InvalidArgument" : null));
  return m;
}

/** range.conditionalFormats: a fresh collection over the sheet's formats at each access. */
export function defineFormats(
  fake: FakeKernel,
  range: Mock,
  s: SheetState,
  address: string | null,
  refuseAdd?: () => ExcelErrorCode | null,
): void {
  const name = s.spec.name;
  const label = `${name}!${address ?? "*"}.conditionalFormats`;
  Object.defineProperty(range, "conditionalFormats", {
    get: () => {
      const items = () => (address === null ? s.formats.map((f) => f.mock) : []);
      const c = fake.collection(label, items, name, {
        add: (type: string) => {
          fake.log(`${label}.add(${JSON.stringify(type)})`, [type]);
          if (address === null) throw new Error("fake: add on the whole sheet");
          const f = formatMock(
            fake,
            () => s.formats,
            (list) => (s.formats = list),
            name,
            address,
            type,
            null,
            false,
          );
          fake.write(
            `${label}.add`,
            name,
            () => s.formats.push({ sheet: name, address, mock: f, spec: null }),
            refuseAdd,
          );
          return fake.wrap(f, fake.labels.get(f)!);
        },
        getCount: () => {
          fake.log(`${label}.getCount()`);
          // A ClientResult: its value arrives with the sync, and not at all if it fails.
          const result: { value: number | undefined } = { value: undefined };
          fake.batch.loads.push({
            label: `${label}.getCount`,
            bytes: () => 16,
            cells: () => 0,
            discard: () => undefined,
            arrive: () => (result.value = items().length),
          });
          return result;
        },
        getItemAt: (i: number) => {
          fake.log(`${label}.getItemAt(${i})`);
          const item = items()[i];
          if (!item) throw new Error(`fake: no conditional format ${i}`);
          return fake.wrap(item, fake.labels.get(item)!);
        },
      });
      return fake.wrap(c, label);
    },
  });
}

export function formatMock(
  fake: FakeKernel,
  formats: () => FakeFormat[],
  setFormats: (list: FakeFormat[]) => void,
  sheet: string,
  address: string,
  type: string,
  formula: string | null,
  broken: boolean,
): Mock {
  const label = `${sheet}!${address}.cf`;
  // A user's rule can be loaded; the parts of an added one exist once the host sets them.
  const rule = formula === null ? {} : { formula };
  const f = fake.mock(
    label,
    {
      type,
      custom: { rule, format: { fill: {}, font: {} } },
      delete: () => {
        fake.log(`${label}.delete()`);
        fake.write(`${label}.delete`, sheet, () => {
          setFormats(formats().filter((x) => x.mock !== f));
        });
      },
    },
    sheet,
  );
  fake.rules.set(f, { refuse: () => (broken ? "ItemNotFound" : null) });
  return f;
}
