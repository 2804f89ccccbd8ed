/**
 * Decoy sheets: tables a municipal workbook holds next to its roadmap that are NOT roadmaps
 * (a list of schools, a contact list). Names, phones and addresses are made up; e-mail
 * addresses use the reserved example.ru-style domain so they reach nobody.
 */
import { columnLetter } from "../../src/core/grid";
import { SheetDraft } from "./draft";

const SCHOOL_HEADER = ["№", "Наименование ОО", "Директор", "Телефон", "Адрес"];
const SCHOOL_WIDTHS = [6, 55, 34, 20, 50];
const TOWN = "692132, Приморский край, г. Дальнереченск";

const SCHOOLS: [string, string, string, string][] = [
  ["МБОУ «Средняя общеобразовательная школа № 2»", "Иванова Ольга Петровна", "8 (42356) 3-12-45", `${TOWN}, ул. Ленина, д. 45`],
  ["МБОУ «Средняя общеобразовательная школа № 3»", "Кравченко Сергей Николаевич", "8 (42356) 3-24-17", `${TOWN}, ул. Победы, д. 12`],
  ["МБОУ «Средняя общеобразовательная школа № 5»", "Ткаченко Наталья Викторовна", "8 (42356) 2-51-08", `${TOWN}, ул. Мечникова, д. 3`],
  ["МБОУ «Средняя общеобразовательная школа № 6»", "Петренко Андрей Иванович", "8 (42356) 3-40-62", `${TOWN}, ул. Героев Даманского, д. 20`],
  ["МБОУ «Лицей»", "Белоусова Елена Сергеевна", "8 (42356) 3-05-11", `${TOWN}, ул. Ленина, д. 80`],
  ["МБОУ «Гимназия № 1»", "Захарченко Ирина Юрьевна", "8 (42356) 2-33-70", `${TOWN}, ул. Уссурийская, д. 7`],
  ["МБОУ «Основная общеобразовательная школа № 12»", "Семенова Людмила Александровна", "8 (42356) 2-17-93", "692125, Приморский край, с. Лазо, ул. Школьная, д. 1"],
  ["МБОУ «Средняя общеобразовательная школа с. Ракитное»", "Мельник Виктор Степанович", "8 (42356) 4-61-22", "692127, Приморский край, с. Ракитное, ул. Центральная, д. 14"],
  ["МБОУ «Средняя общеобразовательная школа с. Сальское»", "Гордиенко Татьяна Васильевна", "8 (42356) 4-12-36", "692129, Приморский край, с. Сальское, ул. Новая, д. 2"],
  ["МБОУ «Основная общеобразовательная школа с. Солонцы»", "Луценко Павел Григорьевич", "8 (42356) 4-08-51", "692130, Приморский край, с. Солонцы, ул. Набережная, д. 9"],
  ["МБОУ «Средняя общеобразовательная школа с. Малиново»", "Шевченко Марина Олеговна", "8 (42356) 4-25-14", "692126, Приморский край, с. Малиново, ул. Советская, д. 31"],
  ["МБОУ «Начальная общеобразовательная школа с. Поляны»", "Руденко Светлана Ивановна", "8 (42356) 4-33-09", "692128, Приморский край, с. Поляны, ул. Луговая, д. 5"],
  ["МБОУ «Средняя общеобразовательная школа с. Стретенка»", "Коваль Дмитрий Анатольевич", "8 (42356) 4-47-28", "692124, Приморский край, с. Стретенка, ул. Мира, д. 18"],
  ["МБОУ «Основная общеобразовательная школа с. Соловьевка»", "Бондарчук Галина Федоровна", "8 (42356) 4-52-60", "692123, Приморский край, с. Соловьевка, ул. Садовая, д. 4"],
  ["МБОУ ДО «Центр детского творчества»", "Олейник Анна Михайловна", "8 (42356) 3-19-84", `${TOWN}, ул. Дальнереченская, д. 11`],
];

const CONTACT_HEADER = ["ФИО", "Должность", "Телефон", "E-mail"];
const CONTACT_WIDTHS = [36, 50, 20, 34];
const CONTACTS: string[][] = [
  ["Савченко Ирина Владимировна", "Начальник МКУ «Управление образования»", "8 (42356) 2-55-16", "uo.chief@school-dr.example.ru"],
  ["Литвиненко Олег Петрович", "Заместитель начальника", "8 (42356) 2-55-17", "uo.deputy@school-dr.example.ru"],
  ["Кузьменко Алла Николаевна", "Главный специалист по общему образованию", "8 (42356) 2-55-20", "uo.general@school-dr.example.ru"],
  ["Дорошенко Вера Леонидовна", "Ведущий специалист по оценке качества образования", "8 (42356) 2-55-21", "uo.quality@school-dr.example.ru"],
  ["Пономаренко Юлия Сергеевна", "Методист МКУ «Информационно-методический центр»", "8 (42356) 2-41-03", "imc.method@school-dr.example.ru"],
  ["Яковенко Роман Игоревич", "Специалист по информатизации", "8 (42356) 2-41-05", "imc.it@school-dr.example.ru"],
  ["Марченко Людмила Васильевна", "Бухгалтер", "8 (42356) 2-55-24", "uo.buh@school-dr.example.ru"],
];

/** A list of schools with a title row above it: looks like a table, is not a roadmap. */
export function schoolsSheet(name: string): SheetDraft {
  const draft = new SheetDraft(name, SCHOOL_WIDTHS, "excel", false);
  const title = "Список общеобразовательных организаций Дальнереченского городского округа";
  const titleRow = draft.add("title", [title], { mergeTo: SCHOOL_HEADER.length, height: 20 });
  draft.skip();
  const headerRow = draft.add("list-header", SCHOOL_HEADER);
  const firstRow = draft.next;
  SCHOOLS.forEach((school, i) => draft.add("list-body", [`${i + 1}.`, ...school]));
  const lastRow = draft.next - 1;
  draft.box({ top: headerRow, left: 1, bottom: lastRow, right: SCHOOL_HEADER.length });
  draft.layout.around.push(`row ${titleRow}: title “${title}” merged A:E`);
  draft.layout.list = {
    headerRow,
    firstRow,
    lastRow,
    count: SCHOOLS.length,
    columns: SCHOOL_HEADER.map((header, i) => ({ column: columnLetter(i + 1), header })),
  };
  return draft;
}

/** A contact list starting at A1: name, position, phone, e-mail. */
export function contactsSheet(name: string): SheetDraft {
  const draft = new SheetDraft(name, CONTACT_WIDTHS, "excel", false);
  const headerRow = draft.add("list-header", CONTACT_HEADER);
  const firstRow = draft.next;
  CONTACTS.forEach((c) => draft.add("list-body", c));
  const lastRow = draft.next - 1;
  draft.box({ top: headerRow, left: 1, bottom: lastRow, right: CONTACT_HEADER.length });
  draft.layout.list = {
    headerRow,
    firstRow,
    lastRow,
    count: CONTACTS.length,
    columns: CONTACT_HEADER.map((header, i) => ({ column: columnLetter(i + 1), header })),
  };
  return draft;
}
