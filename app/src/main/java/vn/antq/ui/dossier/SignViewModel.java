package vn.antq.ui.dossier;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.antq.domain.DomainException;
import vn.antq.signing.CertificateInfo;
import vn.antq.signing.KeySources;
import vn.antq.signing.SignSource;
import vn.antq.signing.SigningKey;
import vn.antq.ui.common.UiContext;

/**
 * The "Ký số" section of the Hồ sơ screen: a key source (PKCS#12 file, the Windows store, a PKCS#11
 * token), its certificates listed with holder and validity, and the chosen key the export signs with.
 */
public final class SignViewModel {
    /** The three kinds of source offered. */
    public enum Kind {
        PKCS12,
        WINDOWS,
        PKCS11
    }

    private final UiContext ctx;
    private final KeySources sources;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.PKCS12);
    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<CertificateInfo> certificates = FXCollections.observableArrayList();
    private final ObjectProperty<SigningKey> chosen = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public SignViewModel(UiContext ctx, KeySources sources) {
        this.ctx = ctx;
        this.sources = sources;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<CertificateInfo> certificates() {
        return certificates;
    }

    /** The key the export signs with; null: the dossier is not signed. */
    public ObjectProperty<SigningKey> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }

    SignSource source() {
        return switch (kind.get()) {
            case WINDOWS -> SignSource.parse("windows");
            case PKCS11 -> SignSource.parse("pkcs11:" + path.get());
            case PKCS12 -> SignSource.parse(path.get());
        };
    }

    /** Lists the certificates of the source (off the FX thread). */
    public void list() {
        message.set("");
        SignSource s;
        try {
            s = source();
        } catch (DomainException e) {
            message.set(e.message(ctx.messages()));
            return;
        }
        char[] pw = password.get().toCharArray();
        ctx.runner().run(p -> sources.list(s, what -> pw.clone()), list -> {
            certificates.setAll(list);
            message.set(list.isEmpty() ? ctx.t("signing.error.noCertificate") : "");
        }, this::fail);
    }

    /** Takes the key of one listed certificate for the export. */
    public void choose(CertificateInfo c) {
        if (c == null) {
            return;
        }
        SignSource s = source();
        char[] pw = password.get().toCharArray();
        ctx.runner().run(p -> sources.key(s, what -> pw.clone(), c.alias()), key -> {
            chosen.set(key);
            message.set(describe(key.info()));
        }, this::fail);
    }

    public void clear() {
        chosen.set(null);
        message.set(ctx.t("ui.sign.none"));
    }

    /** "Holder (Organisation), hiệu lực dd/MM/yyyy–dd/MM/yyyy". */
    public String describe(CertificateInfo c) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return ctx.t("ui.sign.certificate", c.holderText(), date(c.validFrom(zone)), date(c.validTo(zone)), c.issuer());
    }

    private static String date(java.time.LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private void fail(Throwable e) {
        message.set(e instanceof DomainException de ? de.message(ctx.messages()) : String.valueOf(e.getMessage()));
    }

    List<CertificateInfo> listed() {
        return List.copyOf(certificates);
    }
}
