import { collectMentions } from "../../../src/core/deadline/collect";
import { normalize } from "../../../src/core/deadline/normalize";
import { rangeLinks } from "../../../src/core/deadline/refine-ranges";

function links(text: string): boolean[] {
  const norm = normalize(text);
  return rangeLinks(norm, collectMentions(norm));
}

describe("rangeLinks", () => {
  it.each([
    ["Ноябрь- декабрь 2020", [false, true]],
    ["25.02.2021- 12.12.2021", [false, true]],
    ["Сентябрь 2020 – май 2021", [false, true]],
    ["С 10 по 20 апреля 2022 г.", [false, true]],
    ["01.09.2021 до 31.05.2022", [false, true]],
    ["с сентября до декабря 2022", [false, true]],
    ["Сентябрь 2021 Июнь 2022", [false, false]],
    ["23.06.2021, 17.11.2021", [false, false]],
    ["сентябрь 2022/февраль 2023", [false, false]],
    ["10 и 20 мая", [false, false]],
    ["III - IV кв.", [false, true]],
    ["I–III квартал 2022", [false, true]],
    ["II-IV кв. 2021 г.", [false, true]],
    ["с I по III квартал 2022 года", [false, true]],
    ["II, IV кв.", [false, false]],
    ["I квартал, III квартал", [false, false]],
    // Typos and doubled words between "с …" and "… по …".
    ["с 1 сентября по по 31 мая", [false, true]],
    ["с 1 сентября п 31 мая", [false, true]],
    ["с 01.09.2021 до по 31.05.2022", [false, true]],
    ["с 1 сентября 2021 г. - по 31 мая 2022 г.", [false, true]],
    ["С 1 сентября 31 мая", [false, true]],
    ["1 сентября по по 31 мая", [false, true]],
    // A comma lists dates even after "с".
    ["с 1 сентября, 31 мая", [false, false]],
    ["1 сентября 31 мая", [false, false]],
    ["01.09.2021, до 31.05.2022", [false, false]],
    ["В течение 2021-2022 учебного года, До декабря 2022 года", [false, false]],
    ["01.04.2021- 31.05.2021, 01.09.2021- 30.10.2021", [false, true, false, true]],
    ["01.04 - 01.05 - 01.06", [false, true, false]],
  ])("%j", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});
