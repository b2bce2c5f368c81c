package io.evzone.notification.feed.streaming;

import io.evzone.notification.feed.domain.Feed;
import io.evzone.notification.shared.config.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class StreamingConfiguration {

    @Bean
    LocalStreams localStreams() {
        return new LocalStreams();
    }

    @Bean
    RedisFeedBroadcast feedBroadcast(StringRedisTemplate redis, JsonMapper json, LocalStreams streams) {
        return new RedisFeedBroadcast(redis, json, streams);
    }

    @Bean
    FeedSubscription feedSubscription(RedisConnectionFactory connections, RedisFeedBroadcast broadcast) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener(broadcast, new ChannelTopic(RedisFeedBroadcast.CHANNEL));
        container.afterPropertiesSet();
        return new FeedSubscription(container);
    }

    @Bean
    EventStreams eventStreams(Feed feed, LocalStreams streams, NotificationProperties properties) {
        return new EventStreams(feed, streams, properties.sseTimeout(), properties.sseHeartbeat());
    }
}
