package org.maizuru.claims.payment;

import org.maizuru.claims.platform.Setting;

/**
 * The programme's own account, from which transfers are paid, as the operator configures it
 * ({@code CLAIMS_PAYMENT_REQUESTER_CODE}, {@code _NAME}, {@code _BANK}, {@code _BANK_NAME}, {@code _BRANCH},
 * {@code _BRANCH_NAME}, {@code _ACCOUNT}). Without them, a demonstration account that no bank holds.
 */
final class Requester {

    private Requester() {}

    static ZenginTransfers.Requester configured() {
        return new ZenginTransfers.Requester(
                setting("code", "0000000001"),
                setting("name", "ﾏｲﾂﾞﾙ ｷﾕｳﾌｷﾝ"),
                setting("bank", "0001"),
                setting("bank.name", "ﾃﾞﾓｷﾞﾝｺｳ"),
                setting("branch", "001"),
                setting("branch.name", "ﾎﾝﾃﾝ"),
                ZenginTransfers.AccountType.ORDINARY,
                setting("account", "0000001"));
    }

    private static String setting(String name, String otherwise) {
        String value = Setting.of("claims.payment.requester." + name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
