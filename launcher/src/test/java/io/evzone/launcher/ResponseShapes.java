package io.evzone.launcher;

import io.evzone.platform.test.OpenApiShapes;
import java.util.ArrayList;
import java.util.List;

/** Every service's OpenAPI document checked for answers a client would have to guess ({@link OpenApiShapes}). */
final class ResponseShapes {

    List<String> undocumented(List<RunningPlatform.ReadyService> services) {
        List<String> gaps = new ArrayList<>();
        for (RunningPlatform.ReadyService service : services) {
            OpenApiShapes.undocumented(service.port()).forEach(gap -> gaps.add(service.name() + " " + gap));
        }
        return gaps;
    }
}
