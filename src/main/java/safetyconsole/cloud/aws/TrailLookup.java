package safetyconsole.cloud.aws;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/** CloudTrail lookups of an {@link AwsAccount}, each region with its own pacer. */
final class TrailLookup {

    private final AwsClients clients;
    private final AwsRequests requests;
    private final Map<String, RequestPacer> trailPacers = new ConcurrentHashMap<>();
    private final Supplier<RequestPacer> newPacer;

    TrailLookup(AwsClients clients, AwsRequests requests, Supplier<RequestPacer> newPacer) {
        this.clients = clients;
        this.requests = requests;
        this.newPacer = newPacer;
    }

    /** Every page of the lookup, paced to CloudTrail's two requests per second in that region. */
    List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        LookupAttribute attribute = LookupAttribute.builder().attributeKey(attributeKey(query.attribute()))
                .attributeValue(query.value()).build();
        RequestPacer pacer = trailPacers.computeIfAbsent(query.region(), r -> newPacer.get());
        Iterator<LookupEventsResponse> pages = clients.cloudTrail(query.region())
                .lookupEventsPaginator(r -> r.lookupAttributes(attribute).startTime(query.from()).endTime(query.to()))
                .iterator();
        List<TrailEvent> events = new ArrayList<>();
        // The iterator requests a page in next(), so the pacer is asked before each request.
        while (pages.hasNext()) {
            pacer.acquire();
            LookupEventsResponse page = requests.call("cloudtrail:LookupEvents", "in " + query.region(), pages::next);
            page.events().forEach(e -> events.add(TrailRecords.event(e, query.region())));
        }
        return events;
    }

    private static LookupAttributeKey attributeKey(TrailQuery.Attribute attribute) {
        return switch (attribute) {
            case EVENT_NAME -> LookupAttributeKey.EVENT_NAME;
            case EVENT_SOURCE -> LookupAttributeKey.EVENT_SOURCE;
            case USERNAME -> LookupAttributeKey.USERNAME;
            case RESOURCE_NAME -> LookupAttributeKey.RESOURCE_NAME;
        };
    }
}
