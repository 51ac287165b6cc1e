package vn.antq.ui;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import vn.antq.storage.Store;
import vn.antq.ui.common.AppTheme;
import vn.antq.ui.common.Screen;
import vn.antq.ui.common.UiContext;

/**
 * One real screen on a real store, as the screen tests set it up: the app's theme, a Vietnamese context
 * with a synchronous runner on the store (year {@link UiFixtures#YEAR}), the screen in the test's stage at
 * a given size, loaded as a visit from the navigation loads it. Made in the test's {@code @Start};
 * {@link #close()} in its {@code @AfterEach}.
 */
public final class ScreenFixture<V extends Screen> implements AutoCloseable {
    private final Store store;
    private final UiContext ctx;
    private final V view;

    private ScreenFixture(Store store, UiContext ctx, V view) {
        this.store = store;
        this.ctx = ctx;
        this.view = view;
    }

    /** Shows {@code screen} made on {@code store} in {@code stage}, {@code width} x {@code height}. */
    public static <V extends Screen> ScreenFixture<V> show(Stage stage, Store store, Function<UiContext, V> screen,
            double width, double height) {
        AppTheme.install();
        UiContext ctx = UiFixtures.context(store, "vi");
        ctx.setOwner(stage);
        V view = screen.apply(ctx);
        stage.setScene(new Scene((Parent) view.view(), width, height));
        view.onShow();
        stage.show();
        return new ScreenFixture<>(store, ctx, view);
    }

    public Store store() {
        return store;
    }

    public UiContext context() {
        return ctx;
    }

    public V view() {
        return view;
    }

    /** The table with the given id ({@code "#staff-table"}) on the screen. */
    @SuppressWarnings("unchecked")
    public static <S> TableView<S> table(FxRobot robot, String id) {
        return (TableView<S>) robot.lookup(id).queryAs(TableView.class);
    }

    @Override
    public void close() {
        store.close();
    }
}
