package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.schema.baseline.Columns.json;

import org.somaagent.sa01.engine.model.SeedRows;

/** The built-in multimodal capabilities every deployment registers. */
final class MultimodalSeeds {

    private MultimodalSeeds() {}

    private static final String PROMPT_IN = "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}, ";
    private static final String CODE_IN = "{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}, \"format\": {\"type\": \"string\"}}}";
    private static final String DIAGRAM_OUT = "{\"type\": \"object\", \"properties\": {\"svg\": {\"type\": \"string\"}, \"png_base64\": {\"type\": \"string\"}}}";

    static final SeedRows CAPABILITIES = SeedRows.into("multimodal_capabilities", "tool_id", "provider")
            .row("tool_id", "dalle3_image_gen", "provider", "openai",
                    "modalities", json("[\"image\"]"), "cost_tier", "high", "health_status", "healthy",
                    "display_name", "DALL-E 3 Image Generation", "description", "Generate images using OpenAI DALL-E 3",
                    "constraints", json("{\"max_resolution\": 1792, \"formats\": [\"png\", \"jpg\"], \"aspect_ratios\": [\"1:1\", \"16:9\", \"9:16\"]}"),
                    "input_schema", json(PROMPT_IN + "\"size\": {\"type\": \"string\"}, \"quality\": {\"type\": \"string\"}}}"),
                    "output_schema", json("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}, \"revised_prompt\": {\"type\": \"string\"}}}"))
            .row("tool_id", "mermaid_diagram", "provider", "local",
                    "modalities", json("[\"diagram\"]"), "cost_tier", "free", "health_status", "healthy",
                    "display_name", "Mermaid Diagram Renderer", "description", "Generate diagrams from Mermaid DSL using local mmdc CLI",
                    "constraints", json("{\"formats\": [\"svg\", \"png\", \"pdf\"], \"max_nodes\": 100}"),
                    "input_schema", json(CODE_IN),
                    "output_schema", json(DIAGRAM_OUT))
            .row("tool_id", "plantuml_diagram", "provider", "local",
                    "modalities", json("[\"diagram\"]"), "cost_tier", "free", "health_status", "healthy",
                    "display_name", "PlantUML Diagram Renderer", "description", "Generate UML diagrams from PlantUML syntax",
                    "constraints", json("{\"formats\": [\"svg\", \"png\"], \"max_complexity\": \"medium\"}"),
                    "input_schema", json(CODE_IN),
                    "output_schema", json(DIAGRAM_OUT))
            .row("tool_id", "playwright_screenshot", "provider", "local",
                    "modalities", json("[\"screenshot\"]"), "cost_tier", "low", "health_status", "healthy",
                    "display_name", "Playwright Screenshot Capture", "description", "Capture screenshots of web pages using Playwright",
                    "constraints", json("{\"formats\": [\"png\", \"jpg\", \"webp\"], \"max_resolution\": 3840, \"viewport_presets\": [\"desktop\", \"tablet\", \"mobile\"]}"),
                    "input_schema", json("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}, \"viewport\": {\"type\": \"object\"}, \"full_page\": {\"type\": \"boolean\"}}}"),
                    "output_schema", json("{\"type\": \"object\", \"properties\": {\"screenshot_base64\": {\"type\": \"string\"}, \"viewport_used\": {\"type\": \"object\"}}}"))
            .row("tool_id", "stability_image_gen", "provider", "stability",
                    "modalities", json("[\"image\"]"), "cost_tier", "medium", "health_status", "healthy",
                    "display_name", "Stable Diffusion Image Generation", "description", "Generate images using Stability AI Stable Diffusion",
                    "constraints", json("{\"max_resolution\": 1024, \"formats\": [\"png\", \"jpg\"], \"models\": [\"sdxl\", \"sd3\"]}"),
                    "input_schema", json(PROMPT_IN + "\"negative_prompt\": {\"type\": \"string\"}, \"width\": {\"type\": \"integer\"}, \"height\": {\"type\": \"integer\"}}}"),
                    "output_schema", json("{\"type\": \"object\", \"properties\": {\"image_base64\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}}}"))
            .build();
}
