package vn.antq.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.antq.domain.unit.Participant;
import vn.antq.domain.unit.ParticipantRole;
import vn.antq.domain.unit.ReviewMeeting;
import vn.antq.storage.Store;
import vn.antq.ui.AppController;
import vn.antq.ui.UiFixtures;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.SyncTaskRunner;

/**
 * Họp đánh giá in the real window on a real store: times typed as a clerk types them, attendees added
 * by role (the commune police among them), opinions and the vote, saved with Ctrl+S; a wrong time is
 * refused with one Vietnamese message and nothing saved.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingUiTest {
    @TempDir
    Path dir;
    Store store;
    AppController app;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        store = UiFixtures.smallUnit(dir);
        app = new AppController(stage, store, "vi", new SyncTaskRunner());
        app.start();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void addParticipant(FxRobot robot, ParticipantRole role, String name, String title) {
        ComboBox<ParticipantRole> roles = robot.lookup("#participant-role").queryComboBox();
        robot.interact(() -> roles.setValue(role));
        type(robot, "#participant-name", name);
        robot.type(KeyCode.TAB).write(title);
        javafx.scene.control.Button add = robot.lookup("#participant-add").queryButton();
        robot.interact(add::fire);
    }

    /** Focus a field (scrolled out of view or not), replace its text by typing, as Tab would. */
    private void type(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl f = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            f.clear();
            f.requestFocus();
        });
        robot.write(text);
    }

    private void save(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    @Test
    void timesAndAttendeesTypedOnTheScreenAreSavedWithCtrlS(FxRobot robot) {
        robot.clickOn("#nav-meeting");
        DatePicker date = robot.lookup("#meeting-date").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("05/11/2026");
        // "8h" as typed in a hurry: rewritten 08:00 when the field is left
        type(robot, "#meeting-start", "8h");
        type(robot, "#meeting-end", "10 giờ 30");
        assertThat(robot.lookup("#meeting-start").queryAs(TextField.class).getText()).isEqualTo("08:00");
        type(robot, "#meeting-location", "Phòng họp tầng 2");
        addParticipant(robot, ParticipantRole.CHAIR, "Nguyễn Văn An", "Giám đốc");
        addParticipant(robot, ParticipantRole.COMMUNE_POLICE, "Đại úy Lê Văn Hải", "Công an xã Tân Lập");
        addParticipant(robot, ParticipantRole.SECRETARY, "Trần Thị Bình", "Chuyên viên");
        assertThat(robot.lookup("#meeting-participants").queryAs(TableView.class).getItems()).hasSize(3);
        // a second chair is refused at once, with the reason
        addParticipant(robot, ParticipantRole.CHAIR, "Đặng Văn Cường", "");
        assertThat(robot.lookup("#meeting-participants").queryAs(TableView.class).getItems()).hasSize(3);
        type(robot, "#meeting-opinions", "Đồng chí Hải: nhất trí.");
        type(robot, "#meeting-votes-total", "3");
        type(robot, "#meeting-votes-for", "3");
        type(robot, "#meeting-votes-against", "0");
        save(robot);

        ReviewMeeting m = store.meetings().meeting(UiFixtures.YEAR).orElseThrow();
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(m.endTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(m.location()).isEqualTo("Phòng họp tầng 2");
        assertThat(m.participants()).containsExactly(
                new Participant(ParticipantRole.CHAIR, "Nguyễn Văn An", "Giám đốc"),
                new Participant(ParticipantRole.COMMUNE_POLICE, "Đại úy Lê Văn Hải", "Công an xã Tân Lập"),
                new Participant(ParticipantRole.SECRETARY, "Trần Thị Bình", "Chuyên viên"));
        assertThat(m.opinions()).isEqualTo("Đồng chí Hải: nhất trí.");
        assertThat(m.votesTotal()).isEqualTo(3);
        assertThat(m.votesFor()).isEqualTo(3);
        assertThat(m.votesAgainst()).isZero();
        assertThat(robot.lookup("#meeting-save-error").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aTimeThatIsNotATimeOrAnEndBeforeTheStartIsRefusedAndNothingSaved(FxRobot robot) {
        robot.clickOn("#nav-meeting");
        robot.clickOn(robot.lookup("#meeting-date").queryAs(DatePicker.class).getEditor()).write("05/11/2026");
        type(robot, "#meeting-start", "25:00");
        save(robot);
        Label error = robot.lookup("#meeting-save-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Giờ bắt đầu “25:00” không đúng dạng giờ:phút (ví dụ 08:00 hoặc 8h30).");
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).isEmpty();

        type(robot, "#meeting-start", "14:00");
        type(robot, "#meeting-end", "9:00");
        save(robot);
        assertThat(error.getText()).isEqualTo("Giờ kết thúc (09:00) phải sau giờ bắt đầu (14:00) trong cùng ngày.");
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).isEmpty();

        type(robot, "#meeting-end", "16:00");
        save(robot);
        assertThat(error.getText()).isEmpty();
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).hasValueSatisfying(m -> assertThat(m.endTime())
                .isEqualTo(LocalTime.of(16, 0)));
    }

    /** The dialog's button with this text (its mnemonic mark aside), to click as the clerk does. */
    private static javafx.scene.control.Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    /** Presses Xóa biên bản họp (below the fold at small sizes: fired as the keyboard would) and waits for the question. */
    private static String askToDelete(FxRobot robot) {
        javafx.scene.control.Button delete = robot.lookup("#meeting-delete").queryButton();
        assertThat(delete.isDisabled()).isFalse();
        // not from inside interact: the question waits for an answer
        javafx.application.Platform.runLater(delete::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).as("the window and one question").hasSize(2);
        return robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.startsWith("Xóa")).findFirst().orElseThrow();
    }

    @Test
    void theMeetingIsDeletedAfterOneQuestionAndAnsweringNoKeepsIt(FxRobot robot) {
        store.meetings().saveMeeting(UiFixtures.YEAR, new ReviewMeeting(LocalDate.of(2026, 11, 5), LocalTime.of(8, 0),
                null, "Phòng họp tầng 2", java.util.List.of(new Participant(ParticipantRole.CHAIR, "Nguyễn Văn An",
                        "Giám đốc")), "", "Đề nghị công nhận.", null, null, null));
        robot.clickOn("#nav-meeting");
        assertThat(robot.lookup("#meeting-location").queryAs(TextField.class).getText()).isEqualTo("Phòng họp tầng 2");

        String question = askToDelete(robot);
        assertThat(question).contains("05/11/2026").contains("minh chứng");
        robot.clickOn(dialogButton(robot, "Không"));
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).isPresent();
        assertThat(robot.lookup("#meeting-location").queryAs(TextField.class).getText()).isEqualTo("Phòng họp tầng 2");

        askToDelete(robot);
        robot.clickOn(dialogButton(robot, "Có"));
        // asked once: no second question, the record is gone and the form is empty
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(store.meetings().meeting(UiFixtures.YEAR)).isEmpty();
        assertThat(robot.lookup("#meeting-location").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#meeting-date").queryAs(DatePicker.class).getValue()).isNull();
        assertThat(robot.lookup("#meeting-participants").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Đã xóa thông tin cuộc họp.");
        assertThat(robot.lookup("#meeting-delete").queryButton().isDisabled()).isTrue();
        assertThat(store.audit().ofYear(UiFixtures.YEAR))
                .filteredOn(a -> a.area() == vn.antq.storage.AuditArea.MEETING).last()
                .satisfies(a -> assertThat(a.newValue()).isNull());
    }
}
