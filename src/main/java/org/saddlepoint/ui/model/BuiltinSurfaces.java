package org.saddlepoint.ui.model;

import java.util.List;
import org.saddlepoint.optim.OptimizerKind;
import org.saddlepoint.optim.OptimizerSpec;
import org.saddlepoint.surface.Domain;

/**
 * The surfaces the app lists when no surface catalog is on the classpath: a bounded saddle
 * (the default lesson), Himmelblau, Rosenbrock and an ill-conditioned bowl with κ as a slider.
 */
public final class BuiltinSurfaces {
    private BuiltinSurfaces() { }

    public static List<SurfaceChoice> all() {
        return List.of(saddle(), himmelblau(), rosenbrock(), bowl());
    }

    static SurfaceChoice saddle() {
        return new ExpressionChoice("saddle", "Escaping a saddle", "逃离鞍点",
                "f = x² − a·y² + y⁴/4 has a saddle point at the origin: the gradient vanishes there although it is no minimum. "
                        + "Plain SGD crawls away from it; momentum and Adam escape much sooner.",
                "f = x² − a·y² + y⁴/4 在原点有一个鞍点：梯度为零，但它不是极小值。普通 SGD 离开得很慢；动量和 Adam 更快地逃离。",
                "x^2 - a*y^2 + y^4/4", List.of(new ParameterDef("a", 0.2, 3, 1)), new Domain(-2, 2, -2.2, 2.2),
                List.of(new NamedStart(-1.8, 0.02, "", "")),
                List.of(RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.05), 300),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.05).withMomentum(0.9), 300),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.05), 300)), false);
    }

    static SurfaceChoice himmelblau() {
        return new ExpressionChoice("himmelblau", "Himmelblau: four minima", "Himmelblau：四个极小值",
                "Four equally deep minima: where an optimizer ends depends on where it starts and on its momentum.",
                "四个同样深的极小值：优化器停在哪里取决于起点和动量。",
                "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", List.of(), new Domain(-5, 5, -5, 5), List.of(new NamedStart(-0.3, -0.9, "", "")),
                List.of(RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.005), 400),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.005).withMomentum(0.9), 400),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.1), 400)), true);
    }

    static SurfaceChoice rosenbrock() {
        return new ExpressionChoice("rosenbrock", "Rosenbrock's valley", "Rosenbrock 山谷",
                "A long curved valley: the gradient points across the valley, so SGD zig-zags while momentum follows the floor.",
                "一条弯曲的长山谷：梯度指向谷壁，SGD 来回震荡，而动量沿着谷底前进。",
                "(1 - x)^2 + b*(y - x^2)^2", List.of(new ParameterDef("b", 1, 100, 20)), new Domain(-2, 2, -1, 3),
                List.of(new NamedStart(-1.5, 2.0, "", "")),
                List.of(RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.002), 1000),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.002).withMomentum(0.9), 1000),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.05), 1000)), true);
    }

    static SurfaceChoice bowl() {
        return new ExpressionChoice("bowl", "Ill-conditioned bowl", "病态的碗",
                "f = (x² + κ·y²)/2: the condition number κ limits the learning rate (η < 2/κ) and slows SGD along x.",
                "f = (x² + κ·y²)/2：条件数 κ 限制了学习率（η < 2/κ），并让 SGD 沿 x 方向变慢。",
                "(x^2 + k*y^2)/2", List.of(new ParameterDef("k", 1, 50, 10)), new Domain(-3, 3, -3, 3),
                List.of(new NamedStart(-2.5, 1.5, "", "")),
                List.of(RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.15), 200),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.SGD).withLr(0.05).withMomentum(0.9), 200),
                        RacerPreset.of(OptimizerSpec.defaults(OptimizerKind.ADAM).withLr(0.1), 200)), false);
    }
}
