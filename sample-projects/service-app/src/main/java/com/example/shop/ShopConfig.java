package com.example.shop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans that are not annotated classes: each @Bean result is a singleton the context keeps. */
@Configuration
public class ShopConfig {
    @Bean
    public PriceCache priceCache() {
        return new PriceCache();
    }

    @Bean
    public BoundedPriceCache boundedPriceCache() {
        return new BoundedPriceCache(1_000);
    }
}
