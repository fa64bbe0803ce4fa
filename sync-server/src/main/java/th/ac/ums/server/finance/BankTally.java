package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import th.ac.ums.model.Money;

/** The counts and money of an upload's lines by outcome; every line is in exactly one bucket. */
final class BankTally {
    /** How many lines and how much money. */
    public record Bucket(int count, String amount) {
    }

    /** What became of one line. */
    enum Outcome { MATCHED, ALREADY_RECORDED, UNMATCHED }

    private final Long fileId;
    private final Map<Outcome, Sum> sums = new LinkedHashMap<>();
    private final Map<String, Sum> reasons = new LinkedHashMap<>();

    private static final class Sum {
        int count;
        BigDecimal amount = BigDecimal.ZERO;

        void add(BigDecimal a) {
            count++;
            amount = amount.add(a);
        }

        Bucket bucket() {
            return new Bucket(count, Money.format(amount.setScale(2)));
        }
    }

    BankTally(Long fileId) {
        this.fileId = fileId;
        for (Outcome o : Outcome.values()) {
            sums.put(o, new Sum());
        }
    }

    void add(Outcome outcome, BankMatching.Reason reason, BigDecimal amount) {
        sums.get(outcome).add(amount);
        if (outcome == Outcome.UNMATCHED) {
            reasons.computeIfAbsent(reason.name(), k -> new Sum()).add(amount);
        }
    }

    void alreadyRecorded(BigDecimal amount) {
        add(Outcome.ALREADY_RECORDED, null, amount);
    }

    void decided(BigDecimal amount, BankMatching.Decision d) {
        add(d.matched() ? Outcome.MATCHED : Outcome.UNMATCHED, d.reason(), amount);
    }

    Long fileId() {
        return fileId;
    }

    BigDecimal total() {
        return sums.values().stream().map(s -> s.amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    Bucket matched() {
        return sums.get(Outcome.MATCHED).bucket();
    }

    Bucket alreadyRecorded() {
        return sums.get(Outcome.ALREADY_RECORDED).bucket();
    }

    Bucket unmatched() {
        return sums.get(Outcome.UNMATCHED).bucket();
    }

    Map<String, Bucket> byReason() {
        Map<String, Bucket> out = new LinkedHashMap<>();
        for (BankMatching.Reason r : BankMatching.Reason.values()) {
            if (reasons.containsKey(r.name())) {
                out.put(r.name(), reasons.get(r.name()).bucket());
            }
        }
        return out;
    }
}
