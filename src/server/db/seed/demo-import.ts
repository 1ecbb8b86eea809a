import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import * as imports from "../../features/imports/imports.service";
import type { TenantContext } from "../../platform/context";

const HEADER = ["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "メールアドレス", "部署", "役職", "入社年月日", "退職年月日", "退職事由"];

/** Last year's leavers as HR would export them from SmartHR: ten new, one already known, one with a typo. */
const ROWS = [
  ["000123", "田中", "美咲", "タナカ", "ミサキ", "misaki.tanaka@sakura-tech.example", "営業部", "主任", "2014/04/01", "2021/03/31", "自己都合退職"],
  ["003101", "岡田", "真央", "オカダ", "マオ", "mao.okada@sakura-tech.example", "開発部", "エンジニア", "2018/04/01", "令和6年3月31日", "自己都合退職"],
  ["003102", "石川", "拓海", "イシカワ", "タクミ", "takumi.ishikawa@sakura-tech.example", "開発部", "テックリード", "2015/04/01", "2024/06/30", "自己都合退職"],
  ["003103", "前田", "葵", "マエダ", "アオイ", "aoi.maeda@sakura-tech.example", "マーケティング部", "", "2020/10/01", "2024/09/30", "契約期間満了"],
  ["003104", "藤田", "健太", "フジタ", "ケンタ", "kenta.fujita@sakura-tech.example", "営業部", "課長", "2009/04/01", "2024/03/31", "自己都合退職"],
  ["003105", "後藤", "七海", "ゴトウ", "ナナミ", "nanami.goto@sakura-tech.example", "人事部", "", "2019/04/01", "R6.7.31", "自己都合退職"],
  ["003106", "長谷川", "蓮", "ハセガワ", "レン", "ren.hasegawa@sakura-tech.example", "カスタマーサクセス部", "", "2021/04/01", "2024/12/31", "自己都合退職"],
  ["003107", "村上", "美優", "ムラカミ", "ミユ", "miyu.murakami@sakura-tech.example", "開発部", "デザイナー", "2017/04/01", "2024/08/31", "自己都合退職"],
  ["003108", "近藤", "隆", "コンドウ", "タカシ", "takashi.kondo@sakura-tech.example", "経理部", "部長", "1988/04/01", "2024/03/31", "定年退職"],
  ["003109", "坂本", "彩花", "サカモト", "アヤカ", "ayaka.sakamoto@sakura-tech.example", "マーケティング部", "", "2022/04/01", "2024/05/15", "自己都合退職"],
  ["003110", "遠藤", "悠斗", "エンドウ", "ユウト", "yuto.endo@sakura-tech.example", "開発部", "エンジニア", "2016/04/01", "2024/10/31", "会社都合退職"],
  ["003111", "青木", "千尋", "アオキ", "チヒロ", "chihiro.aoki@sakura-tech.example", "営業部", "", "2020/04/01", "2024/02/30", "自己都合退職"],
];

/** A finished import in the demo's history, run by the real pipeline from a Shift_JIS file, and a saved mapping. */
export async function seedDemoImport(ctx: TenantContext): Promise<void> {
  const folder = join(ctx.deps.config.uploadsDir, ctx.tenant.id);
  await mkdir(folder, { recursive: true });
  const key = join(ctx.tenant.id, "demo-smarthr-2024.csv");
  const csv = `${[HEADER, ...ROWS].map((row) => row.join(",")).join("\r\n")}\r\n`;
  const bytes = iconv.encode(csv, "cp932");
  await writeFile(join(ctx.deps.config.uploadsDir, key), bytes);
  await imports.startImport({ ctx, file: { key, fileName: "退職者一覧_2024年度_SmartHR.csv", size: bytes.length }, options: { dryRun: false } });
  await imports.createPreset({
    ctx,
    input: {
      name: "旧勤怠システム（社員CD形式）",
      mapping: { employeeNumber: "社員CD", fullName: "氏名", fullNameKana: "カナ氏名", department: "所属", leaveDate: "退職日" },
    },
  });
}
