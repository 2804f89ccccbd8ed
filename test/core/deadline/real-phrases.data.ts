/**
 * Deadline phrases copied verbatim from public Russian authority plans that were never part of
 * the development set (the five seeds), each with the reading a careful person gives it.
 *
 * `where` says where the phrase stands in its document: "cell" — a deadline cell of a plan's
 * table; "text" — a deadline written in the text of the order that approves or drives a plan
 * («… представлять информацию ежегодно до 1 марта …»); "title" — the period in a plan's title,
 * which the same grammar reads to give yearless deadlines their year.
 *
 * `period` is the table period the reading assumes (what the plan's title says, or what its
 * order date makes plain); null where the phrase carries its own years. `asOf` matters only for
 * checkpoints and recurring deadlines: the default lies after every period, so their due date
 * is the last one.
 *
 * Cells extracted from PDFs keep their line breaks where the cell wrapped; text is otherwise
 * exactly as published, typos included («2009 2011 годы», «aпреля» with a Latin «a»).
 */
import type { DeadlineKind, Period } from "../../../src/core/deadline/types";

export interface RealPhrase {
  text: string;
  source: string;
  where: "cell" | "text" | "title";
  period: Period | null;
  asOf: string;
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
}

const LATE = "2030-01-01";

type Row = [text: string, kind: DeadlineKind, start: string | null, due: string | null];

function group(
  source: string,
  where: RealPhrase["where"],
  period: Period | null,
  rows: Row[],
  asOf: string = LATE,
): RealPhrase[] {
  return rows.map(([text, kind, start, due]) => ({
    text,
    source,
    where,
    period,
    asOf,
    kind,
    start,
    due,
  }));
}

function cal(first: number, last = first): Period {
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

function school(first: number): Period {
  return { start: `${first}-09-01`, end: `${first + 1}-08-31` };
}

export const REAL_PHRASES: RealPhrase[] = [
  // Дорожная карта ГИА-11 в Краснодарском крае в 2016 году (приказ от 13.11.2015).
  ...group("https://base.garant.ru/43653516/f7ee959fd36b5699076b35abf4f52c5c/", "cell", cal(2016), [
    ["июль - август 2015", "range", "2015-07-01", "2015-08-31"],
  ]),
  ...group("https://base.garant.ru/43653516/f7ee959fd36b5699076b35abf4f52c5c/", "text", cal(2016), [
    ["в срок до 10 августа 2015 года", "date", null, "2015-08-10"],
  ]),
  // «Дорожная карта» ГИА в Республике Северная Осетия-Алания в 2023 году, приказ от 05.10.2022:
  // the plan runs through the 2022/23 school year, so «октябрь» is October 2022.
  ...group(
    "https://base.garant.ru/405682245/53f89421bbdaf741eb2d1ecc4ddb4c33/",
    "cell",
    school(2022),
    [["октябрь", "date", null, "2022-10-31"]],
  ),
  // Тюмень, план мероприятий программы развития образования 2008–2010.
  ...group("https://tyumen-gov.ru/doc/16972", "cell", cal(2008, 2010), [
    ["2008 - 2010\nежемесячно", "recurring", "2008-01-01", "2010-12-31"],
    ["2008 - 2010", "period", "2008-01-01", "2010-12-31"],
  ]),
  // Сетевой график нацпроекта «Образование», г. Краснодар, 2008 (columns «Плановое начало»,
  // «Плановое окончание»).
  ...group("https://base.garant.ru/24036220/1b93c134b90c6071b4dc3f495464b753", "cell", cal(2008), [
    ["20.03.2008", "date", null, "2008-03-20"],
    ["30.12.2008", "date", null, "2008-12-30"],
  ]),
  ...group("https://base.garant.ru/28332638/c74d6d7c95e27021146be056ebac8f37", "cell", null, [
    ["2007-2008", "period", "2007-01-01", "2008-12-31"],
  ]),
  // The dash between the years was lost in publication.
  ...group("https://saratov-gov.ru/doc/19862", "cell", null, [
    ["2009 2011\nгоды", "period", "2009-01-01", "2011-12-31"],
  ]),
  ...group("https://base.garant.ru/74770860/53f89421bbdaf741eb2d1ecc4ddb4c33/", "cell", null, [
    ["10 ноября 2020* года", "date", null, "2020-11-10"],
  ]),
  // График формирования ресурсов ВПР 2023 and 2024 (Рособрнадзор).
  ...group(
    "https://www.consultant.ru/document/cons_doc_LAW_440070/6abf81b0619afee33ffce88249a80e70fba305aa",
    "cell",
    cal(2023),
    [
      ["До 03.02.2023", "date", null, "2023-02-03"],
      ["До 09.02.2023", "date", null, "2023-02-09"],
      ["06.02.2023 - 30.05.2023", "range", "2023-02-06", "2023-05-30"],
      ["01.03.2023 - 26.05.2023", "range", "2023-03-01", "2023-05-26"],
      ["21.02.2023", "date", null, "2023-02-21"],
    ],
  ),
  ...group(
    "https://www.consultant.ru/document/cons_doc_LAW_469003/adf0f6134b9d123ddd149406a91a7fd1399646a0",
    "cell",
    cal(2024),
    [
      ["До 09.02.2024", "date", null, "2024-02-09"],
      ["До 14.02.2024", "date", null, "2024-02-14"],
    ],
  ),
  ...group("https://tor-3.tverschool.ru/file/card?id=579", "cell", cal(2022, 2027), [
    ["Август 2022\nгода", "date", null, "2022-08-31"],
  ]),
  ...group("http://school68lp.ru/VPR.php", "cell", cal(2022), [
    ["01.04.22-10.04.22", "range", "2022-04-01", "2022-04-10"],
    ["01.03.22-\n25.03.22", "range", "2022-03-01", "2022-03-25"],
    ["11.04.22-17.04.22", "range", "2022-04-11", "2022-04-17"],
    ["18.04.22-24.04.22", "range", "2022-04-18", "2022-04-24"],
    ["25.04.22-30.04.22", "range", "2022-04-25", "2022-04-30"],
  ]),
  // Комплекс мер «IT-куб», Новосибирская область (footnote marks after the years).
  ...group("https://docs.cntd.ru/document/465730726/titles/44SJB5", "cell", null, [
    ["25 августа\n2019 года*", "date", null, "2019-08-25"],
    ["1 октября\n2020 года*", "date", null, "2020-10-01"],
    ["30 октября\n2020года*", "date", null, "2020-10-30"],
  ]),
  // Комплекс мер «IT-куб», Нижегородская область, 2020–2022: «X» is the year a centre opens,
  // which the plan does not say — no date can be known; «далее ежегодно» makes the second a
  // yearly duty on 1 October.
  ...group(
    "https://base.garant.ru/72588056/53f89421bbdaf741eb2d1ecc4ddb4c33",
    "cell",
    cal(2020, 2022),
    [
      ["25 августа X - 1 года", "vague", null, null],
      ["1 октября X - 1 года, далее ежегодно", "recurring", "2020-01-01", "2022-10-01"],
    ],
  ),
  ...group(
    "https://nik2.tvoysadik.ru/file/card?id=2470",
    "cell",
    { start: "2022-09-01", end: "2024-05-31" },
    [["Сентябрь 2022", "date", null, "2022-09-30"]],
  ),
  ...group(
    "https://base.garant.ru/405285547/53f89421bbdaf741eb2d1ecc4ddb4c33/",
    "cell",
    cal(2021, 2023),
    [["август 2021 г.", "date", null, "2021-08-31"]],
  ),
  // План подготовки образовательных учреждений Свердловской области к 2011/2012 учебному году
  // (постановление от 25.04.2011): the work runs in calendar 2011.
  ...group("https://sverdlovsk-gov.ru/doc/72350", "cell", cal(2011), [
    ["еженедельно", "recurring", "2011-01-01", "2011-12-25"],
    ["до 15 июня", "date", null, "2011-06-15"],
  ]),
  // План-график итогового сочинения 2021/22, РЦОКО Республики Алтай.
  ...group("https://rcoko.ru/sochinenie/plan-graphic", "cell", school(2021), [
    ["1 декабря 2021", "date", null, "2021-12-01"],
    ["2 февраля 2022", "date", null, "2022-02-02"],
    ["19 мая 2022", "date", null, "2022-05-19"],
    ["до 17 ноября 2021", "date", null, "2021-11-17"],
    ["до 19 января 2022", "date", null, "2022-01-19"],
    ["до 20 апреля 2022", "date", null, "2022-04-20"],
    ["до 25 ноября 2021", "date", null, "2021-11-25"],
    ["до 27 февраля 2022", "date", null, "2022-02-27"],
    ["до 28 мая 2022", "date", null, "2022-05-28"],
  ]),
  // Дорожная карта ГИА-11, Кабардино-Балкарская Республика, 2014.
  ...group("https://base.garant.ru/30523923/da0ca740e319b67eff630b4065586e13/", "cell", cal(2014), [
    ["в течение всего периода", "period", "2014-01-01", "2014-12-31"],
    ["январь-февраль 2014", "range", "2014-01-01", "2014-02-28"],
    ["до 25 числа каждого месяца", "recurring", "2014-01-01", "2014-12-25"],
    ["январь-май 2014", "range", "2014-01-01", "2014-05-31"],
    ["по графику ФЦТ", "vague", null, null],
  ]),
  // Перечень мероприятий ГИА-9 в Краснодарском крае в 2012-2013 учебном году.
  ...group("https://sov.opredelim.com/docs/101400/index-6168.html", "cell", school(2012), [
    ["ноябрь 2012 – май 2013г.", "range", "2012-11-01", "2013-05-31"],
    ["до 25 ноября 2012г.", "date", null, "2012-11-25"],
    ["в течение года", "period", "2012-09-01", "2013-08-31"],
  ]),
  // Расписание итогового собеседования на 2025-2026 учебный год (Валдайский район).
  ...group("http://komitet-valdaiskiy.edusite.ru/p139aa1.html", "cell", school(2025), [
    ["11 февраля", "date", null, "2026-02-11"],
    ["11 марта", "date", null, "2026-03-11"],
    ["20 апреля", "date", null, "2026-04-20"],
  ]),
  // «aпреля» is typed with a Latin «a».
  ...group("https://krasnoarmeets.uralschool.ru/?section_id=258", "cell", school(2023), [
    ["14 февраля 2024 года", "date", null, "2024-02-14"],
    ["13 марта 2024 года", "date", null, "2024-03-13"],
    ["15 aпреля 2024 года", "date", null, "2024-04-15"],
  ]),
  // План-график внешних процедур 2022–2023, приложение к приказу от 05.01.2023.
  ...group("https://taloe.krskschool.ru/file/card?id=3636", "cell", school(2022), [
    ["7 Декабря 2022", "date", null, "2022-12-07"],
    ["9 Февраля 2023", "date", null, "2023-02-09"],
    ["26 января 2023", "date", null, "2023-01-26"],
    ["1-24 марта 2023", "range", "2023-03-01", "2023-03-24"],
    ["15 марта – 19 мая 2023", "range", "2023-03-15", "2023-05-19"],
  ]),
  ...group("https://region22-gov.ru/doc/31219", "cell", cal(2014), [
    ["февраль 2014 года", "date", null, "2014-02-28"],
  ]),

  ...group("https://docs.cntd.ru/document/465730726/titles/15SASIE", "cell", cal(2021, 2022), [
    ["10 ноября 2020 года", "date", null, "2020-11-10"],
  ]),
  // Year rows that divide a municipal plan for schools with low results.
  ...group("https://obrazovanie-medgora.edusite.ru/p403aa1.html", "cell", null, [
    ["2023 год", "period", "2023-01-01", "2023-12-31"],
    ["2022 год", "period", "2022-01-01", "2022-12-31"],
    ["2021 год", "period", "2021-01-01", "2021-12-31"],
  ]),

  // Deadlines in the text of orders that approve or drive plans.
  ...group(
    "http://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n1375-r-ot06072018-h4097211/",
    "text",
    cal(2018, 2020),
    [
      [
        "ежегодно, до 25 марта года, следующего за отчетным периодом",
        "recurring",
        "2018-01-01",
        "2020-03-25",
      ],
      [
        "ежегодно, до 25 апреля года, следующего за отчетным периодом",
        "recurring",
        "2018-01-01",
        "2020-04-25",
      ],
    ],
    "2019-06-01",
  ),
  ...group(
    "http://bazanpa.ru/pravitelstvo-rf-rasporiazhenie-n1375-r-ot06072018-h4097211/",
    "text",
    cal(2018, 2020),
    [["в 3-месячный срок", "vague", null, null]],
  ),
  ...group(
    "https://garant.ru/products/ipo/prime/doc/400150053",
    "text",
    cal(2021, 2027),
    [
      [
        "ежегодно до 1 марта года, следующего за отчетным периодом",
        "recurring",
        "2021-01-01",
        "2023-03-01",
      ],
      [
        "ежегодно до 1 апреля года, следующего за отчетным периодом",
        "recurring",
        "2021-01-01",
        "2023-04-01",
      ],
    ],
    "2022-06-01",
  ),
  ...group("http://special.kremlin.ru/catalog/keywords/73/events/66828", "text", null, [
    ["до 15 ноября 2021 г.", "date", null, "2021-11-15"],
    ["−15 июня 2022 г.", "date", null, "2022-06-15"],
  ]),
  ...group("http://xn--32-1lc9c.xn--p1ai/file/card?id=237", "text", null, [
    ["в срок до 18.11.2021", "date", null, "2021-11-18"],
    ["до 19.11.2021 года", "date", null, "2021-11-19"],
  ]),
  // Приказ о ежегодной подготовке к учебному году, read for the year 2022.
  ...group("https://base.garant.ru/6389386", "text", cal(2022), [
    ["не позднее 1 августа", "date", null, "2022-08-01"],
    ["к 25 августа", "date", null, "2022-08-25"],
    ["с 10 августа", "range", "2022-08-10", "2022-12-31"],
  ]),
  // Распоряжение управления образования от 21.08.2023 о начале 2023/2024 учебного года.
  ...group(
    "https://uprobr.ucoz.ru/news/ob_organizovannom_nachale_2023_2024_uchebnogo_goda/2023-08-21-12262",
    "text",
    cal(2023),
    [
      ["до 5 сентября", "date", null, "2023-09-05"],
      ["до 28 августа", "date", null, "2023-08-28"],
      ["до 11 сентября", "date", null, "2023-09-11"],
      ["с 4 сентября 2023 года", "range", "2023-09-04", "2023-12-31"],
      ["с 01.09.2023 по 07.09.2023 года", "range", "2023-09-01", "2023-09-07"],
    ],
  ),
  ...group("http://base.garant.ru/56837029", "text", null, [
    ["с 1 сентября 2020 г. по 31 декабря 2022 г.", "range", "2020-09-01", "2022-12-31"],
  ]),
  ...group(
    "https://coko.43edu.ru/2022/04/06/opredelyon-poryadok-prokhozhdeniya-gia-dl",
    "text",
    null,
    [["в срок до 29 апреля 2022 года", "date", null, "2022-04-29"]],
  ),
  ...group("http://businesspravo.ru/Docum/DocumShow_DocumID_158659.html", "text", null, [
    ["до 30 октября 2009 г.", "date", null, "2009-10-30"],
    ["до 10 декабря 2009 г.", "date", null, "2009-12-10"],
  ]),
  ...group("https://base.garant.ru/406709193", "text", null, [
    ["в срок до 15 июня 2015 года", "date", null, "2015-06-15"],
  ]),
  ...group("https://jurbase.ru/texts/sector044/tes44163.htm", "text", null, [
    ["до 01.04.2004", "date", null, "2004-04-01"],
    ["в 2004 году", "period", "2004-01-01", "2004-12-31"],
  ]),
  // Модель цифровой трансформации образования Ставропольского края до 2024 года: a start with
  // no end runs to the plan's end.
  ...group("https://docs.cntd.ru/document/550231508/titles/2PI9HUF", "text", cal(2019, 2024), [
    ["начиная с 2019 года", "range", "2019-01-01", "2024-12-31"],
  ]),

  ...group("https://garant.ru/products/ipo/prime/doc/56813416", "text", null, [
    ["с 01 июля 2022 г. по 25 декабря 2022 г.", "range", "2022-07-01", "2022-12-25"],
    ["с 01 июля 2022 г. по 31 августа 2022 г.", "range", "2022-07-01", "2022-08-31"],
  ]),

  // Periods in plan titles.
  ...group("https://tor-3.tverschool.ru/file/card?id=579", "title", null, [
    ["на 2022-2027 год", "period", "2022-01-01", "2027-12-31"],
  ]),
  ...group("https://base.garant.ru/43653516/f7ee959fd36b5699076b35abf4f52c5c/", "title", null, [
    ["в Краснодарском крае в 2016 году", "period", "2016-01-01", "2016-12-31"],
  ]),
  ...group("https://base.garant.ru/405682245/53f89421bbdaf741eb2d1ecc4ddb4c33/", "title", null, [
    ["в Республике Северная Осетия-Алания в 2023 году", "period", "2023-01-01", "2023-12-31"],
  ]),
  ...group("https://base.garant.ru/405285547/53f89421bbdaf741eb2d1ecc4ddb4c33/", "title", null, [
    ["на 2021 - 2023 годы", "period", "2021-01-01", "2023-12-31"],
  ]),
  ...group("https://base.garant.ru/72588056/53f89421bbdaf741eb2d1ecc4ddb4c33", "title", null, [
    ["в 2020 - 2022 годах", "period", "2020-01-01", "2022-12-31"],
  ]),
  ...group("https://nik2.tvoysadik.ru/file/card?id=2470", "title", null, [
    ["(сентябрь 2022 г. - май 2024 г.)", "range", "2022-09-01", "2024-05-31"],
  ]),
  // «2020 – 2024 учебный год»: four school years written as one.
  ...group(
    "https://nsportal.ru./shkola/administrirovanie-shkoly/library/2022/04/05/dorozhnaya-karta-tselevoy-modeli-nastavnichestva",
    "title",
    null,
    [
      ["на 2020 – 2024 учебный год", "period", "2020-09-01", "2024-08-31"],
      ["на 2020 – 2021 учебный  год", "period", "2020-09-01", "2021-08-31"],
    ],
  ),
  ...group("https://base.garant.ru/74801162/", "title", null, [
    ["в 2021 - 2023 годах", "period", "2021-01-01", "2023-12-31"],
  ]),
  ...group("https://docs.cntd.ru/document/407399065/titles/J2DGQE", "title", null, [
    ["В 2021 - 2024 ГОДАХ", "period", "2021-01-01", "2024-12-31"],
  ]),
  // «к началу учебного года»: due when the school year starts.
  ...group("https://lawmix.ru/zakonodatelstvo/1322217", "title", null, [
    ["к началу 2012/2013\n                            учебного года", "date", null, "2012-09-01"],
  ]),
  ...group("https://sverdlovsk-gov.ru/doc/72350", "title", null, [
    ["к 2011/2012 учебному году", "date", null, "2011-09-01"],
  ]),
  ...group("http://intelservice-chita.ru/index.php?docid=622602", "title", null, [
    ["К НАЧАЛУ 2015/2016 УЧЕБНОГО ГОДА", "date", null, "2015-09-01"],
  ]),
  ...group("http://forex-day.ru/index.php?docid=122805", "title", null, [
    ["К 2023 - 2024 УЧЕБНОМУ ГОДУ", "date", null, "2023-09-01"],
  ]),
  ...group("https://lawmix.ru/zakonodatelstvo/1113258?page=3", "title", null, [
    ["на 2013-2018 годы", "period", "2013-01-01", "2018-12-31"],
  ]),
  ...group("https://base.garant.ru/47737490", "title", null, [
    ["на 2019 - 2023 годы", "period", "2019-01-01", "2023-12-31"],
  ]),
  ...group("https://base.garant.ru/19409086/53f89421bbdaf741eb2d1ecc4ddb4c33", "title", null, [
    ["на 2014 - 2020 годы", "period", "2014-01-01", "2020-12-31"],
  ]),
  ...group("http://js-jet.ru/index.php?docid=52685", "title", null, [
    ["НА 2014 - 2018 ГОДЫ", "period", "2014-01-01", "2018-12-31"],
  ]),
  ...group("http://kalin-gov.ru/doc/62774", "title", null, [
    ["на 2009-2013 гг.", "period", "2009-01-01", "2013-12-31"],
  ]),
  ...group("https://base.garant.ru/46473764/", "title", null, [
    ["на 2018-2020 годы", "period", "2018-01-01", "2020-12-31"],
  ]),
  ...group("https://base.garant.ru/403021534/53f89421bbdaf741eb2d1ecc4ddb4c33", "title", null, [
    ["на 2017 - 2025 годы", "period", "2017-01-01", "2025-12-31"],
  ]),
  ...group("https://zakon-region2.ru/4/177572/", "title", null, [
    ["НА 2007-2009 ГОДЫ", "period", "2007-01-01", "2009-12-31"],
  ]),
  ...group("https://lawmix.ru/zakonodatelstvo/403354", "title", null, [
    ["на 2003 -\n2005 годы", "period", "2003-01-01", "2005-12-31"],
  ]),
  ...group("https://jurbase.ru/texts/sector044/tes44163.htm", "title", null, [
    ["на 2004 - 2007 годы", "period", "2004-01-01", "2007-12-31"],
  ]),
  ...group("https://lawmix.ru/zakonodatelstvo/1532789", "title", null, [
    ["(2010-2014 годы)", "period", "2010-01-01", "2014-12-31"],
  ]),
  ...group("https://base.garant.ru/16958389/b89690251be5277812a78962f6302560", "title", null, [
    ["на 2007-2010 годы", "period", "2007-01-01", "2010-12-31"],
  ]),
  ...group("https://geostart.ru/doc/read/25166", "title", null, [
    ["на 2016 - 2020 годы", "period", "2016-01-01", "2020-12-31"],
  ]),
  ...group("https://www.lawmix.ru/pprf/1704/", "title", null, [
    ["НА 2006 - 2010 ГОДЫ", "period", "2006-01-01", "2010-12-31"],
  ]),
  ...group(
    "https://socrazvitie.admin-smolensk.ru/nezavisimaya-ocenka-kachestva-uslovij-okazyvaemyh-uslug/normativno-pravovaya-baza-2015-2017gg/normativno-pravovye-dokumenty/rasporyazhenie-pravitelstva-rf-ot-30-03-2013-487-r",
    "title",
    null,
    [["НА 2013 - 2015 ГОДЫ", "period", "2013-01-01", "2015-12-31"]],
  ),
  ...group("https://base.garant.ru/404537980/53f89421bbdaf741eb2d1ecc4ddb4c33", "title", null, [
    ["на 2022 - 2024 годы", "period", "2022-01-01", "2024-12-31"],
  ]),
  ...group("https://base.garant.ru/45512066", "title", null, [
    ["на 2020 - 2024 годы", "period", "2020-01-01", "2024-12-31"],
  ]),
  ...group("http://tambov-gov.ru/doc/18127", "title", null, [
    ["на 2010 — 2014 годы", "period", "2010-01-01", "2014-12-31"],
  ]),
  ...group("https://www.booksite.ru/fulltext/1/001/002/005/00000222.txt", "title", null, [
    ["НА 2004 - 2006 ГОДЫ", "period", "2004-01-01", "2006-12-31"],
  ]),
  ...group("https://zakon-region2.ru/5/161000/", "title", null, [
    ["НА 2011 - 2013 ГОДЫ", "period", "2011-01-01", "2013-12-31"],
  ]),
  ...group("https://base.garant.ru/48819646/b5dae26bebf2908c0e8dd3b8a66868fe", "title", null, [
    ["на 2014 - 2022 годы", "period", "2014-01-01", "2022-12-31"],
    ["на 2017 - 2022 годы", "period", "2017-01-01", "2022-12-31"],
  ]),
  ...group("http://gcrodost14.nios.ru/normativnye-dokumenty-0", "title", null, [
    ["на 2015-2025 годы", "period", "2015-01-01", "2025-12-31"],
    ["в 2017 - 2019 годах", "period", "2017-01-01", "2019-12-31"],
  ]),
  ...group("https://base.garant.ru/73537496", "title", null, [
    ["в 2017 - 2020 годах", "period", "2017-01-01", "2020-12-31"],
    ["на 2020 - 2025 годы", "period", "2020-01-01", "2025-12-31"],
  ]),
  ...group(
    "https://stepnshkola.narod.ru/news/funkcionalnaja_gramotnost/2022-02-20-1072",
    "title",
    null,
    [["на 2021/2022 учебный год", "period", "2021-09-01", "2022-08-31"]],
  ),
  ...group("https://www.logki-school.ru/dopsved/fg", "title", null, [
    ["на 2022/2023 учебный год", "period", "2022-09-01", "2023-08-31"],
  ]),
  ...group(
    "https://czentrobrazovaniya10tula-r71.gosweb.gosuslugi.ru/ofitsialno/funktsionalnaya-gramotnost",
    "title",
    null,
    [["в 2021-2022 учебном году", "period", "2021-09-01", "2022-08-31"]],
  ),
  ...group(
    "https://sh151-omsk-r52.gosweb.gosuslugi.ru/glavnoe/funktsionalnaya-gramotnost",
    "title",
    null,
    [
      ["2023 - 2024 учебном году", "period", "2023-09-01", "2024-08-31"],
      ["в 2024 - 2025 учебном году", "period", "2024-09-01", "2025-08-31"],
    ],
  ),
  ...group("http://komitet-valdaiskiy.edusite.ru/p139aa1.html", "title", null, [
    ["на 2025-2026 учебный год", "period", "2025-09-01", "2026-08-31"],
    ["в 2025/2026 учебном году", "period", "2025-09-01", "2026-08-31"],
  ]),
  ...group("https://sov.opredelim.com/docs/101400/index-6168.html", "title", null, [
    ["В 2012-2013 УЧЕБНОМ ГОДУ", "period", "2012-09-01", "2013-08-31"],
  ]),
  ...group("https://bazanpa.ru/rosobrnadzor-pismo-n02-448-ot01102015-h2614662/", "title", null, [
    ["в 2014 - 2015 учебном году", "period", "2014-09-01", "2015-08-31"],
    ["в 2015 - 2016 учебном году", "period", "2015-09-01", "2016-08-31"],
  ]),
  ...group(
    "https://xn--10-mlcmk8a.xn--80aac3agbfud7c8b.xn--p1ai/file/card?id=13535",
    "title",
    null,
    [["НА 2024-2029 ГОДЫ", "period", "2024-01-01", "2029-12-31"]],
  ),
  ...group("https://ashap-sosh.permschool.ru/file/card?id=4448", "title", null, [
    ["на 2025-2028 годы", "period", "2025-01-01", "2028-12-31"],
  ]),
  ...group(
    "https://xn--23-6kcaibu1bl0aab2k.xn--80aac3agbfud7c8b.xn--p1ai/file/card?id=410",
    "title",
    null,
    [["2023-2027гг", "period", "2023-01-01", "2027-12-31"]],
  ),
  ...group(
    "http://studydoc.ru/doc/720605/razvitie-obrazovaniya-v-kalmanskom-rajone",
    "title",
    null,
    [
      ["на 2015-2019 годы", "period", "2015-01-01", "2019-12-31"],
      // The dash between the years was lost: «20132015».
      ["на 20132015 годы", "period", "2013-01-01", "2015-12-31"],
    ],
  ),
  ...group("https://lipetsk-gov.ru/doc/5343", "title", null, [
    ["(2006 — 2010 гг.)", "period", "2006-01-01", "2010-12-31"],
  ]),
  ...group("https://base.garant.ru/28945929", "title", null, [
    ["на 2005-2008 годы", "period", "2005-01-01", "2008-12-31"],
  ]),
  ...group("https://chelyab-gov.ru/doc/119281", "title", null, [
    ["2011 - 2013 гг.", "period", "2011-01-01", "2013-12-31"],
  ]),
  ...group("https://docs.cntd.ru/document/465730726/titles/15SASIE", "title", null, [
    ["на 2021-2022 годы", "period", "2021-01-01", "2022-12-31"],
  ]),
  ...group("https://docs.cntd.ru/document/406367497/titles/2QF6IDS", "title", null, [
    ["в 2023 - 2024 гг.", "period", "2023-01-01", "2024-12-31"],
    ["в 2019 - 2022 гг.", "period", "2019-01-01", "2022-12-31"],
  ]),
  ...group("https://d61.ru/proekt-cifrovaya-obrazovatelnaya-sreda.html", "title", null, [
    ["в 2020-22 годах", "period", "2020-01-01", "2022-12-31"],
  ]),
  ...group("https://docs.cntd.ru/document/570738129", "title", null, [
    ["(2021 - 2030 годы)", "period", "2021-01-01", "2030-12-31"],
  ]),
];
