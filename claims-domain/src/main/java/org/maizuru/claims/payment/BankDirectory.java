package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Zengin bank and branch master (全銀協の統一金融機関コード): every bank with its 4-digit code and every branch with
 * its 3-digit code, with their names and the kana the banks use between themselves, as the maintained dataset
 * {@code zengin-code} carries it; the build takes it in, and its date is shown to administrators. An account is
 * entered only to a bank and branch the master knows, and the transfer file writes their kana from it.
 */
public final class BankDirectory {

    private static final String FILE = "zengin-master.tsv";

    /** Codes below 1000 that are not banks: a funds-transfer business (資金移動業者) admitted to the Zengin system. */
    private static final Set<String> NOT_BANKS = Set.of("0200");

    private static final String JAPAN_POST_BANK = "9900";

    /** What the master is: the dataset, its version, the day its data was taken, its size. */
    public record Edition(String dataset, String version, LocalDate takenOn, int banks, int branches) {}

    /**
     * A financial institution as the master lists it. The master writes a bank's name without the word 銀行
     * (みずほ, 三菱ＵＦＪ), and the other institutions' names with their kind in its short form (北海道信金, 商工中金,
     * 中央労金, 鶴岡市農協), which is how their own customers write them.
     */
    public record Bank(String code, String masterName, String kana) {

        public Bank {
            Objects.requireNonNull(code);
            Objects.requireNonNull(masterName);
            Objects.requireNonNull(kana);
        }

        /**
         * The name people read: a bank's with 銀行 after it (みずほ銀行, ゆうちょ銀行); any other institution's as the
         * master writes it. Banks are the codes below 1000 (統一金融機関コード), and 9900, Japan Post Bank.
         */
        public String name() {
            boolean bank = (code.compareTo("1000") < 0 && !NOT_BANKS.contains(code)) || code.equals(JAPAN_POST_BANK);
            return bank && !masterName.endsWith("銀行") ? masterName + "銀行" : masterName;
        }

        /** The name as the transfer file writes it: the master's kana in the bank's half-width form (ﾐｽﾞﾎ). */
        public String fileName() {
            return BankKana.of(kana);
        }
    }

    /** A branch of a bank as the master lists it. */
    public record Branch(Bank bank, String code, String name, String kana) {

        public Branch {
            Objects.requireNonNull(bank);
            Objects.requireNonNull(code);
            Objects.requireNonNull(name);
            Objects.requireNonNull(kana);
        }

        /** The branch's name as the transfer file writes it (ﾄｳｷﾖｳ). */
        public String fileName() {
            return BankKana.of(kana);
        }
    }

    private static final class Loaded {
        static final BankDirectory MASTER = load();
    }

    private final Map<String, Bank> banks;
    private final Map<String, Branch> branches;
    private final Edition edition;

    private BankDirectory(Map<String, Bank> banks, Map<String, Branch> branches, Edition edition) {
        this.banks = Map.copyOf(banks);
        this.branches = Map.copyOf(branches);
        this.edition = edition;
    }

    /** The master the build took in, read once. */
    public static BankDirectory master() {
        return Loaded.MASTER;
    }

    /** The bank of a 4-digit code, if the master knows it. */
    public Optional<Bank> bank(String code) {
        return Optional.ofNullable(code).map(banks::get);
    }

    /** The branch of a 4-digit bank code and a 3-digit branch code, if the master knows it. */
    public Optional<Branch> branch(String bankCode, String branchCode) {
        return bankCode == null || branchCode == null
                ? Optional.empty()
                : Optional.ofNullable(branches.get(bankCode + branchCode));
    }

    public Edition edition() {
        return edition;
    }

    /** Every bank the master lists. */
    public Collection<Bank> banks() {
        return banks.values();
    }

    /** Every branch the master lists. */
    public Collection<Branch> branches() {
        return branches.values();
    }

    /** Reads the file the build wrote: a bank's line (its branch code empty), then its branches' lines. */
    private static BankDirectory load() {
        var banks = new HashMap<String, Bank>();
        var branches = new HashMap<String, Branch>();
        for (String[] row : ReferenceData.rows(FILE)) {
            if (row.length != 4) {
                throw new IllegalStateException(FILE + ": a line has four fields, not " + row.length);
            }
            if (row[1].isEmpty()) {
                banks.put(row[0], new Bank(row[0], row[2], row[3]));
            } else {
                Bank bank = banks.get(row[0]);
                if (bank == null) {
                    throw new IllegalStateException(FILE + ": branch " + row[1] + " before its bank " + row[0]);
                }
                branches.put(row[0] + row[1], new Branch(bank, row[1], row[2], row[3]));
            }
        }
        var about = ReferenceData.about();
        var edition = new Edition(
                about.getProperty("zengin.package"),
                about.getProperty("zengin.version"),
                LocalDate.parse(about.getProperty("zengin.date")),
                banks.size(),
                branches.size());
        return new BankDirectory(banks, branches, edition);
    }
}
