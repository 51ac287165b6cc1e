package vn.antq.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.i18n.Messages;
import vn.antq.signing.KeySources;
import vn.antq.signing.TestCertificates;
import vn.antq.ui.common.SyncTaskRunner;
import vn.antq.ui.common.UiContext;

/** The "Ký số" section: certificates listed with holder and validity, one chosen for the export, faults as one line. */
class SignViewModelTest {
    @TempDir
    Path dir;

    @Test
    void listsTheCertificatesOfAFileAndTakesTheChosenKey() throws Exception {
        Path p12 = TestCertificates.validPkcs12(dir, "Vũ Thị Lan", "Công ty CP Hòa Phát");
        SignViewModel vm = new SignViewModel(new UiContext(Messages.vietnamese(), new SyncTaskRunner(), null),
                new KeySources());
        vm.pathProperty().set(p12.toString());
        vm.passwordProperty().set("sai");
        vm.list();
        assertThat(vm.certificates()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("Sai mật khẩu");

        vm.passwordProperty().set(new String(TestCertificates.PASSWORD));
        vm.list();
        assertThat(vm.certificates()).singleElement()
                .satisfies(c -> assertThat(vm.describe(c)).contains("Vũ Thị Lan (Công ty CP Hòa Phát)").contains("hiệu lực"));
        vm.choose(vm.certificates().get(0));
        assertThat(vm.chosenProperty().get()).isNotNull();
        assertThat(vm.chosenProperty().get().info().holder()).isEqualTo("Vũ Thị Lan");
        assertThat(vm.messageProperty().get()).contains("Vũ Thị Lan");
        vm.clear();
        assertThat(vm.chosenProperty().get()).isNull();
    }

    @Test
    void theWindowsStoreWithoutSunMscapiIsOneMessage() {
        SignViewModel vm = new SignViewModel(new UiContext(Messages.vietnamese(), new SyncTaskRunner(), null),
                new KeySources(name -> null));
        vm.kindProperty().set(SignViewModel.Kind.WINDOWS);
        vm.list();
        assertThat(vm.messageProperty().get()).contains("chỉ có trên Windows");
    }
}
