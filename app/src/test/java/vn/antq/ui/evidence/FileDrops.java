package vn.antq.ui.evidence;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the file manager onto a node, as the window receives them: DRAG_OVER then
 * DRAG_DROPPED carrying a dragboard with the files. Headless Monocle has no other application to drag
 * from, so the events are made here (a dragboard through JavaFX's own factory on the toolkit's
 * in-memory clipboard) and fired at the node's centre, as the scene delivers them. Call on the FX thread.
 */
public final class FileDrops {
    private FileDrops() {
    }

    /** What the node answered to a drag of the files over it: the transfer mode it accepted, or null. */
    public static TransferMode dragOver(Node target, List<File> files) {
        DragEvent e = event(DragEvent.DRAG_OVER, target, files);
        Event.fireEvent(target, e);
        return e.getAcceptedTransferMode();
    }

    /** Drops the files on the node; true when it said the drop was completed. */
    public static boolean drop(Node target, List<File> files) {
        DragEvent e = event(DragEvent.DRAG_DROPPED, target, files);
        Event.fireEvent(target, e);
        return e.isDropCompleted();
    }

    /**
     * The toolkit's in-memory clipboard, offering copy, move and link as a file manager's drag does (the
     * in-memory one has no transfer modes of its own: it is not a drag's).
     */
    private static TKClipboard fromOutside() {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        return (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(), new Class<?>[] {TKClipboard.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransferModes")) {
                        return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
                    }
                    try {
                        return method.invoke(local, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Node target, List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(fromOutside());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files);
        board.setContent(content);
        Bounds b = target.getBoundsInLocal();
        Point2D scene = target.localToScene(b.getCenterX(), b.getCenterY());
        Point2D screen = target.localToScreen(b.getCenterX(), b.getCenterY());
        return new DragEvent(type, board, scene.getX(), scene.getY(), screen.getX(), screen.getY(), TransferMode.COPY,
                null, target, null);
    }
}
