package org.maizuru.claims.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "サトウ, sato",
        "さとう, sato",
        "Satō, sato",
        "Sato, sato",
        "Satou, sato",
        "Satoh, sato",
        "SATO, sato",
        "ｻﾄｳ, sato",
        "シュウイチ, syuiti",
        "Shūichi, syuiti",
        "Shuuichi, syuiti",
        "Syûiti, syuiti",
        "ツチヤ, tutiya",
        "Tsuchiya, tutiya",
        "Tutiya, tutiya",
        "フジタ, huzita",
        "Fujita, huzita",
        "Huzita, huzita",
        "ハットリ, hattori",
        "Hattori, hattori",
        "マッチ, matti",
        "Matchi, matti",
        "イッシキ, issiki",
        "Isshiki, issiki",
        "ナンバ, nanba",
        "Namba, nanba",
        "Nanba, nanba",
        "オオノ, ono",
        "Ōno, ono",
        "Ohno, ono",
        "Oono, ono",
        "イノウエ, inoe",
        "Inoue, inoe",
        "キョウコ, kyoko",
        "Kyōko, kyoko",
        "ジュンイチ, zyuniti",
        "Jun'ichi, zyuniti",
        "Zyun-iti, zyuniti",
        "チヨ, tiyo",
        "Chiyo, tiyo",
        "ヂ, zi",
        "ヅ, zu",
        "コバヤシ, kobayasi",
        "Кобаяси, kobayasi",
        "KOBAJASI, kobayasi",
        "Kobayashi, kobayasi",
        "リュウノスケ, ryunosuke",
        "Рюноскэ, ryunosuke",
        "RJUNOSUKE, ryunosuke",
        "Ryūnosuke, ryunosuke",
        "シミズ, simizu",
        "Симидзу, simizu",
        "SIMIDZU, simizu",
        "Shimizu, simizu",
        "シュウヘイ, syuhei",
        "Сюхэй, syuhei",
        "SJUKHEI, syuhei",
        "SJUKHEJ, syuhei",
        "Shūhei, syuhei",
        "ワタナベ, watanabe",
        "Ватанабэ, watanabe",
        "VATANABE, watanabe",
        "ジョウジ, zyozi",
        "Дзёдзи, zyozi",
        "DZJODZI, zyozi",
        "Jōji, zyozi",
        "ヨシダ, yosida",
        "Ёсида, yosida",
        "JOSIDA, yosida",
        "Yoshida, yosida",
        "マツモト, matumoto",
        "Мацумото, matumoto",
        "MACUMOTO, matumoto",
        "MATSUMOTO, matumoto",
        "ナンバ, nanba",
        "Намба, nanba",
        "ハットリ, hattori",
        "Хаттори, hattori",
        "ケンジ, kenzi",
        "Кэндзи, kenzi",
        "KENDZI, kenzi",
        "Kenji, kenzi",
        "Kojima, kozima",
    })
    void everyWritingOfTheSameSoundsReadsTheSame(String name, String reading) {
        assertEquals(reading, NameKeys.reading(name));
    }

    @Test
    void kanjiCannotBeReadButIsWrittenWithVariantsFolded() {
        assertNull(NameKeys.reading("佐藤"));
        assertEquals("高橋", NameKeys.writing("髙橋"));
        assertEquals("斎藤", NameKeys.writing("齋藤"));
        assertEquals("渡辺", NameKeys.writing("渡邊"));
        assertEquals("山崎", NameKeys.writing("山﨑"));
        assertEquals("太郎", NameKeys.writing("太郞"));
        assertEquals("沢田", NameKeys.writing("澤田"));
        assertEquals("広瀬", NameKeys.writing("廣瀬"));
        assertEquals("浜口", NameKeys.writing("濱口"));
        assertEquals("佐々木", NameKeys.writing("佐々木 "));
        assertNull(NameKeys.reading("佐々木"));
    }

    @Test
    void theKeyIsTheReadingWhereThereIsOneElseTheWriting() {
        assertEquals("sato", NameKeys.key("サトウ"));
        assertEquals("佐藤", NameKeys.key("佐藤"));
        assertEquals("ハル子", NameKeys.key("ﾊﾙ子"));
        assertNull(NameKeys.key("  "));
        assertNull(NameKeys.key(null));
    }

    @Test
    void namesThatSoundDifferentStayApart() {
        assertNotEquals(NameKeys.reading("Sato"), NameKeys.reading("Saito"));
        assertNotEquals(NameKeys.reading("Ito"), NameKeys.reading("Iida"));
        assertNotEquals(NameKeys.reading("Кобаяси"), NameKeys.reading("Накаяма"));
        assertNotEquals(NameKeys.writing("斎藤"), NameKeys.writing("斉藤"), "two surnames, not variants of one");
        assertNull(NameKeys.kanjiWriting("サトウ"));
        assertEquals("佐藤", NameKeys.kanjiWriting("佐藤"));
    }
}
