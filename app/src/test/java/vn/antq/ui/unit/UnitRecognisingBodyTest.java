package vn.antq.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.domain.UnitType;
import vn.antq.domain.unit.RecognisingBody;
import vn.antq.domain.unit.RecognisingBodyChoice;
import vn.antq.storage.Store;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.UiContext;

/** The Đơn vị form's recognising body, without the toolkit, on a real store. */
class UnitRecognisingBodyTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultFollowsTheFormAndAChoiceIsSaved() {
        try (Store store = UiFixtures.smallUnit(dir)) {
            UiContext ctx = UiFixtures.context(store, "vi");
            UnitViewModel vm = new UnitViewModel(ctx);
            vm.reload();
            assertThat(vm.recognisingBody.get()).isEqualTo(UnitViewModel.BodyOption.DEFAULT);
            vm.commune.set("Xã Tân Lập");
            assertThat(vm.bodyNameWarning()).isEmpty();
            // an enterprise with no managing authority: the commune's People's Committee
            assertThat(vm.bodyText(UnitViewModel.BodyOption.DEFAULT))
                    .isEqualTo("Theo mặc định: Ủy ban nhân dân xã Tân Lập");
            assertThat(vm.namePrompt()).isEqualTo("Ủy ban nhân dân xã Tân Lập");
            // a school under the provincial education department: the province, by default
            vm.type.set(UnitType.CO_SO_GIAO_DUC);
            vm.superior.set("Sở Giáo dục và Đào tạo tỉnh Đồng Nai");
            assertThat(vm.bodyText(UnitViewModel.BodyOption.DEFAULT))
                    .isEqualTo("Theo mặc định: Ủy ban nhân dân tỉnh, thành phố ……");
            assertThat(vm.bodyOptions()).hasSize(RecognisingBody.values().length + 1);

            // the documents would print the placeholder: the form says so under the name, as the review does
            assertThat(vm.bodyNameWarning()).isEqualTo("Hồ sơ sẽ in “Ủy ban nhân dân tỉnh, thành phố ……”: gõ tên cụ "
                    + "thể của cơ quan công nhận vào ô trên (ví dụ “Ủy ban nhân dân tỉnh Đồng Nai”).");
            vm.recognisingBody.set(new UnitViewModel.BodyOption(RecognisingBody.PROVINCE));
            assertThat(vm.bodyNameWarning()).startsWith("Hồ sơ sẽ in “Ủy ban nhân dân tỉnh, thành phố ……”");
            vm.recognisingBodyName.set(" Ủy ban nhân dân tỉnh Đồng Nai ");
            assertThat(vm.bodyNameWarning()).isEmpty();
            assertThat(vm.isDirty()).isTrue();
            assertThat(vm.save()).isEmpty();
            assertThat(store.unit().profile().orElseThrow().recognisingBody()).isEqualTo(
                    new RecognisingBodyChoice(RecognisingBody.PROVINCE, "Ủy ban nhân dân tỉnh Đồng Nai"));
            assertThat(vm.isDirty()).isFalse();

            // back to the default: the choice is cleared in the store
            vm.recognisingBody.set(UnitViewModel.BodyOption.DEFAULT);
            vm.recognisingBodyName.set("");
            vm.save();
            assertThat(store.unit().profile().orElseThrow().recognisingBody()).isEqualTo(RecognisingBodyChoice.DEFAULT);
        }
    }
}
