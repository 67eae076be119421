package org.saddlepoint.ui.view3d;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.saddlepoint.analysis.ContourTracer;
import org.saddlepoint.render.ColorMap;
import org.saddlepoint.render.ColorScale;
import org.saddlepoint.render.TrajectoryStyle;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The 3D landscape: a lit height-field mesh coloured by height (a 1-D colour map texture indexed
 * by t), optional wireframe and contour lines on the surface, and trajectories as tubes with a ball
 * at the current step, in a {@link SubScene} with an orbit camera. Meshes are built off the FX
 * thread ({@link SurfaceMeshBuilder}); the FX thread only swaps the arrays in, and only for the
 * newest request. Trajectory and step changes never rebuild the surface.
 *
 * <p>Mouse: left-drag rotates, wheel zooms, right- or middle-drag pans, double-click resets,
 * a click on the surface reports its data coordinates. Keys (when focused): arrows rotate,
 * +/− zoom, R resets.
 */
public class Landscape3DView extends Region {
    /** Largest mesh side; finer grids are subsampled. */
    public static final int MAX_MESH_SIDE = 512;
    private static final int WIREFRAME_LINES = 41, CONTOUR_LEVELS = 12;
    private static final Color BACKGROUND = Color.web("#1f232a");
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "surface-mesh-builder");
        t.setDaemon(true);
        return t;
    });

    private final Group world = new Group();
    private final MeshView surfaceView = new MeshView(), wireView = new MeshView(), contourView = new MeshView();
    /**
     * What mouse events hit: the surface at {@value #PICK_SIDE}² points, fully transparent. JavaFX
     * picks on every mouse event and, for hover, on every pulse under a resting cursor; through
     * the drawn 130k triangles that cost several ms of the FX thread each time.
     */
    private final MeshView pickView = new MeshView();
    private static final int PICK_SIDE = 65;
    private final Group trajectoryGroup = new Group();
    private final Group overlayGroup = new Group();
    private java.util.function.Function<SceneBox, List<Node>> overlay;
    private final SubScene subScene;
    private final OrbitCamera orbit = new OrbitCamera(world);
    private final AtomicLong requests = new AtomicLong();
    private final TrajectoryTubes tubes = new TrajectoryTubes(trajectoryGroup);
    private final PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
    private final LitSurfaceMesh litSurface = new LitSurfaceMesh();
    /** Contour tubes are traced only while shown (tracing 12 levels costs as much as the surface). */
    private volatile boolean contoursShown;
    private boolean contoursStale;

    private SceneBox box;
    private int meshSide = MAX_MESH_SIDE;
    /** Where a mesh built in the background is swapped in (on the FX thread); see {@link #setResultExecutor}. */
    private java.util.concurrent.Executor results = Platform::runLater;
    private Runnable lastGrid;
    private List<TrajectoryStyle> trajectories = List.of();
    private int step = Integer.MAX_VALUE;
    private BiConsumer<Double, Double> onPick;
    private double pressX, pressY;
    private boolean dragged;

    public Landscape3DView() { this(false); }

    /** @param antialiasing multisampling (slow under software GL; off by default) */
    public Landscape3DView(boolean antialiasing) {
        surfaceMaterial.setSpecularColor(Color.gray(0.25));
        surfaceMaterial.setSpecularPower(24);
        surfaceView.setMaterial(surfaceMaterial);
        surfaceView.setCullFace(CullFace.NONE);
        PhongMaterial wire = new PhongMaterial(Color.gray(0.08));
        wire.setSpecularColor(Color.BLACK);
        wireView.setMaterial(wire);
        wireView.setDrawMode(DrawMode.LINE);
        wireView.setVisible(false);
        wireView.setMouseTransparent(true);
        PhongMaterial contour = new PhongMaterial(Color.gray(0.95));
        contour.setSpecularColor(Color.BLACK);
        contourView.setMaterial(contour);
        contourView.setCullFace(CullFace.NONE);
        contourView.setMouseTransparent(true);
        contourView.setVisible(false);
        trajectoryGroup.setMouseTransparent(true);
        surfaceView.setMouseTransparent(true);
        pickView.setOpacity(0);
        pickView.setCullFace(CullFace.NONE);
        world.getChildren().addAll(surfaceView, wireView, contourView, trajectoryGroup, overlayGroup, pickView);

        AmbientLight ambient = new AmbientLight(Color.gray(0.42));
        PointLight key = new PointLight(Color.gray(0.78));
        key.setTranslateX(-600);
        key.setTranslateY(-900);
        key.setTranslateZ(-700);
        Group root = new Group(world, ambient, key, orbit.camera());
        subScene = new SubScene(root, 640, 520, true, antialiasing ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
        subScene.setFill(BACKGROUND);
        subScene.setCamera(orbit.camera());
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        setMinSize(120, 100);
        setPrefSize(640, 520);
        setFocusTraversable(true);
        installMouse();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private ScalarGrid shownGrid;

    /**
     * Shows a grid: height t(z) under a linear or log scale (log(z − z_min + ε)) clipped to
     * [zClipLo, zClipHi] (NaN = no clip), coloured with {@code map}. Builds off the FX thread; the
     * returned future completes on the FX thread once this grid is shown (or was superseded).
     */
    public CompletableFuture<Void> setGrid(ScalarGrid grid, ColorMap map, boolean logHeight, double zClipLo, double zClipHi) {
        lastGrid = () -> setGrid(grid, map, logHeight, zClipLo, zClipHi);
        int side = meshSide;
        long id = requests.incrementAndGet();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ColorMap cmap = map == null ? ColorMap.DEFAULT : map;
        BUILDER.execute(() -> {
            try {
                ColorScale scale = ColorScale.of(grid, logHeight, zClipLo, zClipHi);
                SceneBox b = new SceneBox(grid.domain(), scale);
                if (requests.get() != id) { Platform.runLater(() -> done.complete(null)); return; }
                LitSurfaceMesh.Prepared surface = litSurface.prepare(SurfaceMeshBuilder.build(grid, b, scale, side));
                SurfaceMeshBuilder.Arrays wire = SurfaceMeshBuilder.wireframe(grid, b, WIREFRAME_LINES, 0.08f);
                SurfaceMeshBuilder.Arrays pickSurface = SurfaceMeshBuilder.build(grid, b, scale, PICK_SIDE);
                boolean withContours = contoursShown;
                SurfaceMeshBuilder.Arrays contours = withContours ? ContourTubes.build(grid, b,
                        ContourTracer.levels(scale.lo(), scale.hi(), CONTOUR_LEVELS, logHeight), 0.16f) : null;
                WritableImage texture = colourTexture(cmap);
                results.execute(() -> {
                    if (requests.get() == id) {
                        box = b;
                        shownGrid = grid;
                        surfaceMaterial.setDiffuseMap(texture);
                        TriangleMesh shown = litSurface.apply(surface);
                        if (surfaceView.getMesh() != shown) surfaceView.setMesh(shown);
                        wireView.setMesh(mesh(wire));
                        pickView.setMesh(mesh(pickSurface));
                        contourView.setMesh(contours == null ? null : mesh(contours));
                        contoursStale = !withContours;
                        trajectoriesWait.stop();
                        tubes.rebuild(trajectories, box, step);
                        rebuildOverlay();
                    }
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> done.completeExceptionally(e));
            }
        });
        return done;
    }

    /**
     * Sets where meshes built in the background are swapped in: an executor that runs its tasks on
     * the FX thread ({@code Platform::runLater} by default). The window passes one that waits for
     * an idle render thread, so that the pulse carrying a new surface does not wait for the
     * previous frame.
     */
    public void setResultExecutor(java.util.concurrent.Executor fxExecutor) {
        results = java.util.Objects.requireNonNull(fxExecutor);
    }

    /**
     * Extra scene content (e.g. a translucent curvature patch, marker spheres) built by
     * {@code builder} from the current {@link SceneBox}; rebuilt whenever a new grid changes the
     * box, cleared with null. The nodes are mouse-transparent; build them in scene coordinates.
     */
    public void setOverlay(java.util.function.Function<SceneBox, List<Node>> builder) {
        overlay = builder;
        rebuildOverlay();
    }

    private void rebuildOverlay() {
        overlayGroup.getChildren().clear();
        if (overlay != null && box != null) overlayGroup.getChildren().setAll(overlay.apply(box));
        overlayGroup.setMouseTransparent(true);
    }

    /** How many grids this view was asked to show so far (each is a mesh build, unless a newer one overtakes it). */
    public long gridRequests() { return requests.get(); }

    /** The grid whose surface is drawn now (null before the first). */
    public ScalarGrid shownGrid() { return shownGrid; }

    /** Number of nodes the overlay now shows (0 before a grid or without an overlay). */
    public int overlayNodeCount() { return overlayGroup.getChildren().size(); }

    /**
     * The largest mesh side drawn (finer grids are subsampled; at most {@link #MAX_MESH_SIDE}).
     * Software GL draws a 128×128 mesh about twice as fast as 256×256. Rebuilds the current mesh.
     */
    public void setMeshDetail(int maxSide) {
        int side = Math.max(16, Math.min(MAX_MESH_SIDE, maxSide));
        if (side == meshSide) return;
        meshSide = side;
        if (lastGrid != null) lastGrid.run();
    }

    /** The largest mesh side drawn now. */
    public int meshDetail() { return meshSide; }

    public void setWireframe(boolean on) { wireView.setVisible(on); }

    /** Shows the contour tubes; traces them for the grid shown now if it was built without them. */
    public void setContours(boolean on) {
        contoursShown = on;
        contourView.setVisible(on);
        if (on && contoursStale && lastGrid != null) lastGrid.run();
    }

    public boolean isWireframe() { return wireView.isVisible(); }

    public boolean isContours() { return contourView.isVisible(); }

    /** Trajectories as tubes (rebuilds only the tubes, never the surface). */
    public void setTrajectories(List<TrajectoryStyle> list) {
        trajectoriesWait.stop();
        trajectories = List.copyOf(list);
        tubes.rebuild(trajectories, box, step);
    }

    /**
     * Trajectories of a surface whose grid is on its way: drawn when that grid is shown (its
     * scene box scales them), or after {@value #WAIT_FOR_GRID_MS} ms if none comes.
     */
    public void setTrajectoriesWithNextGrid(List<TrajectoryStyle> list) {
        trajectories = List.copyOf(list);
        trajectoriesWait.playFromStart();
    }

    private static final int WAIT_FOR_GRID_MS = 1500;
    private final javafx.animation.PauseTransition trajectoriesWait = pauseThen(WAIT_FOR_GRID_MS, () -> tubes.rebuild(trajectories, box, step));

    private static javafx.animation.PauseTransition pauseThen(int ms, Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
        p.setOnFinished(e -> r.run());
        return p;
    }

    /** Shows each trajectory up to row min(step, size − 1), with its ball there. */
    public void setStep(int step) {
        this.step = Math.max(0, step);
        // tubes waiting for the next grid are drawn at this step then; the old surface's tubes are not redrawn meanwhile
        if (trajectoriesWait.getStatus() != javafx.animation.Animation.Status.RUNNING) tubes.setStep(this.step);
    }

    public void resetCamera() { orbit.reset(); }

    /** Sets the view: azimuth and elevation in degrees, distance in scene units (box side = 100). */
    public void setCamera(double azimuth, double elevation, double distance) { orbit.set(azimuth, elevation, distance); }

    public double getCameraAzimuth() { return orbit.azimuth(); }

    public double getCameraElevation() { return orbit.elevation(); }

    public double getCameraDistance() { return orbit.distance(); }

    /** Called with the data coordinates (x, y) of a click on the surface. */
    public void setOnPick(BiConsumer<Double, Double> handler) { onPick = handler; }

    /** A snapshot of the 3D scene as drawn now (FX thread). */
    public WritableImage snapshotImage() { return subScene.snapshot(null, null); }

    /** The sub-scene (for embedding tests and exporters). */
    public SubScene subScene() { return subScene; }

    /** Number of triangles in the surface mesh now shown (0 before the first grid). */
    public int surfaceTriangleCount() {
        return surfaceView.getMesh() instanceof TriangleMesh m ? m.getFaces().size() / (3 * m.getVertexFormat().getVertexIndexSize()) : 0;
    }

    private static TriangleMesh mesh(SurfaceMeshBuilder.Arrays a) {
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(a.points());
        m.getTexCoords().setAll(a.texCoords());
        m.getFaces().setAll(a.faces());
        return m;
    }

    static WritableImage colourTexture(ColorMap map) {
        int[] lut = map.lookupTable(new int[256]);
        WritableImage img = new WritableImage(256, 2);
        for (int y = 0; y < 2; y++) img.getPixelWriter().setPixels(0, y, 256, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), lut, 0, 256);
        return img;
    }

    private void installMouse() {
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            dragged = false;
            requestFocus();
        });
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getSceneX() - pressX, dy = e.getSceneY() - pressY;
            if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            if (e.getButton() == MouseButton.PRIMARY) orbit.rotate(0.4 * dx, 0.3 * dy);
            else orbit.pan(dx, dy, Math.max(1, getHeight()));
        });
        subScene.addEventHandler(ScrollEvent.SCROLL, e -> orbit.zoom(Math.exp(-0.0025 * e.getDeltaY())));
        subScene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || dragged) return;
            if (e.getClickCount() == 2) { orbit.reset(); return; }
            pick(e.getPickResult());
        });
    }

    private void pick(PickResult r) {
        Node n = r == null ? null : r.getIntersectedNode();
        if (n != pickView || box == null || onPick == null) return;
        Point3D p = r.getIntersectedPoint();
        onPick.accept(box.dataX(p.getX()), box.dataY(p.getZ()));
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> orbit.rotate(-5, 0);
            case RIGHT -> orbit.rotate(5, 0);
            case UP -> orbit.rotate(0, 5);
            case DOWN -> orbit.rotate(0, -5);
            case PLUS, EQUALS, ADD -> orbit.zoom(0.9);
            case MINUS, SUBTRACT -> orbit.zoom(1.1);
            case R -> orbit.reset();
            default -> { return; }
        }
        e.consume();
    }

    @Override protected void layoutChildren() {
        subScene.relocate(0, 0);
    }

    /** Utility for callers that build many views: the tube meshes of the current trajectories. */
    List<MeshView> trajectoryMeshes() {
        List<MeshView> out = new ArrayList<>();
        for (Node n : trajectoryGroup.getChildren()) if (n instanceof MeshView m) out.add(m);
        return out;
    }
}
